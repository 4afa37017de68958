namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>
/// When a match kicked off. football-data gives UK local time for every league (Europe/London, GMT or BST); old
/// files give only the date.
/// </summary>
public sealed record FootballDataKickOff
{
    public FootballDataKickOff(DateOnly date, DateTime? local, DateTimeOffset? utc)
    {
        Date = date;
        Local = local;
        Utc = utc;
    }

    /// <summary>The match date as the file gives it (UK local).</summary>
    public DateOnly Date { get; }

    /// <summary>The UK local date and time as in the file (<see cref="DateTimeKind.Unspecified"/>); null without a <c>Time</c>.</summary>
    public DateTime? Local { get; }

    /// <summary>The kick-off instant (offset zero); null when the file has no time for the match.</summary>
    public DateTimeOffset? Utc { get; }

    /// <summary>Whether the file gave a kick-off time, i.e. <see cref="Local"/> and <see cref="Utc"/> are set.</summary>
    public bool HasTime => Utc is not null;
}
