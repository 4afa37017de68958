namespace CleanPlatform.Domain.Betting;

/// <summary>What an alert is about.</summary>
public enum AlertKind
{
    /// <summary>A new opportunity whose edge reaches the member's threshold.</summary>
    Opportunity,

    /// <summary>A price that moved sharply since its first snapshot.</summary>
    LineMove,

    /// <summary>A pending bet's event kicks off soon.</summary>
    KickOff,

    /// <summary>Bets of the member were settled (one alert per settlement run).</summary>
    Settlement,

    /// <summary>A test the member asked for.</summary>
    Test,
}
