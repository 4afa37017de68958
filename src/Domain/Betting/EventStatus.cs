namespace CleanPlatform.Domain.Betting;

/// <summary>Where an event stands: bets on it settle only once it is <see cref="Completed"/> (or void when cancelled).</summary>
public enum EventStatus
{
    /// <summary>Not started, or started without a final score yet.</summary>
    Scheduled,

    /// <summary>Finished, with its final score.</summary>
    Completed,

    /// <summary>Moved to a later date: bets stay open until it is played or voided.</summary>
    Postponed,

    /// <summary>Will not be played: bets on it are void.</summary>
    Cancelled,
}
