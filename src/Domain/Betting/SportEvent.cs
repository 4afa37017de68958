namespace CleanPlatform.Domain.Betting;

/// <summary>
/// A match or game: two teams, a kick-off in UTC with the source's local time kept beside it, a status and,
/// once completed, the final score (full time; half time when the source has it).
/// </summary>
public sealed class SportEvent : Entity, IAggregateRoot, ITenantOwned
{
    public const int TeamMaxLength = 128;
    public const int TimeZoneMaxLength = 64;

    /// <summary>The longest provider event id kept (The Odds API's are 32 hexadecimal characters).</summary>
    public const int ExternalIdMaxLength = 64;

    private SportEvent() { }

    /// <inheritdoc />
    public Guid OrganizationId { get; private set; }

    public Guid CompetitionId { get; private set; }

    public Guid SeasonId { get; private set; }

    public string HomeTeam { get; private set; } = "";

    public string AwayTeam { get; private set; } = "";

    /// <summary>The kick-off, in UTC.</summary>
    public DateTimeOffset KickOffUtc { get; private set; }

    /// <summary>The kick-off as the source gave it, in <see cref="SourceTimeZone"/>.</summary>
    public DateTime KickOffLocal { get; private set; }

    /// <summary>The IANA zone of <see cref="KickOffLocal"/> (<c>Europe/London</c> for football-data).</summary>
    public string SourceTimeZone { get; private set; } = "";

    public EventStatus Status { get; private set; }

    /// <summary>
    /// The odds provider's id of the event (The Odds API's <c>id</c>), unique in the organization; null for events
    /// from files. Collecting again finds the event by it, so it is never added twice.
    /// </summary>
    public string? ExternalId { get; private set; }

    /// <summary>
    /// When the odds provider last gave this event's odds (before kick-off) or looked for its score (after); null
    /// until then. Collection decides from it whether the event is due again.
    /// </summary>
    public DateTimeOffset? FeedCheckedAt { get; private set; }

    /// <summary>
    /// The line of the source file the event was last read from, or null when the source is not a file. Events with
    /// the same kick-off (a whole matchday, in old files that give only the date) keep the file's order by it, and
    /// backtests replay them in that order.
    /// </summary>
    public int? SourceLine { get; private set; }

    /// <summary>Full-time goals of the home side, once completed (columns of their own, so aggregates run in the database).</summary>
    public int? HomeGoals { get; private set; }

    /// <summary>Full-time goals of the away side, once completed.</summary>
    public int? AwayGoals { get; private set; }

    /// <summary>Half-time goals of the home side, when the source has them.</summary>
    public int? HalfTimeHomeGoals { get; private set; }

    /// <summary>Half-time goals of the away side, when the source has them.</summary>
    public int? HalfTimeAwayGoals { get; private set; }

    /// <summary>The final score (full time), once completed.</summary>
    public Score? FinalScore => HomeGoals is { } home && AwayGoals is { } away ? new Score(home, away) : null;

    /// <summary>The half-time score, when the source has it.</summary>
    public Score? HalfTimeScore =>
        HalfTimeHomeGoals is { } home && HalfTimeAwayGoals is { } away ? new Score(home, away) : null;

    /// <summary>A scheduled event.</summary>
    public static SportEvent Schedule(Guid organizationId, Guid competitionId, Guid seasonId, string homeTeam,
        string awayTeam, DateTimeOffset kickOffUtc, DateTime kickOffLocal, string sourceTimeZone, DateTimeOffset now) => new()
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            CompetitionId = competitionId,
            SeasonId = seasonId,
            HomeTeam = CatalogText.Name(homeTeam, TeamMaxLength, "team"),
            AwayTeam = CatalogText.Name(awayTeam, TeamMaxLength, "team"),
            KickOffUtc = kickOffUtc.ToUniversalTime(),
            KickOffLocal = DateTime.SpecifyKind(kickOffLocal, DateTimeKind.Unspecified),
            SourceTimeZone = CatalogText.Name(sourceTimeZone, TimeZoneMaxLength, "time_zone"),
            Status = EventStatus.Scheduled,
            CreatedAt = now,
        };

    /// <summary>Records where in its source file the event was read (a line number from 1).</summary>
    public void ReadAtSourceLine(int line)
    {
        if (line < 1)
            throw new DomainException("event.source_line", "A source line counts from 1.");
        SourceLine = line;
    }

    /// <summary>Ties the event to the odds provider's id of it.</summary>
    /// <exception cref="DomainException"><c>event.external_id</c> when the id is blank or too long.</exception>
    public void IdentifyAs(string externalId)
    {
        if (string.IsNullOrWhiteSpace(externalId) || externalId.Length > ExternalIdMaxLength)
            throw new DomainException("event.external_id",
                $"A provider's event id is 1 to {ExternalIdMaxLength} characters.");
        ExternalId = externalId;
    }

    /// <summary>Moves a scheduled event to the kick-off its source now gives (UTC, kept as given in UTC too).</summary>
    public void MoveKickOff(DateTimeOffset kickOffUtc)
    {
        if (Status != EventStatus.Scheduled)
            return;
        KickOffUtc = kickOffUtc.ToUniversalTime();
        KickOffLocal = DateTime.SpecifyKind(KickOffUtc.UtcDateTime, DateTimeKind.Unspecified);
    }

    /// <summary>Records that the odds provider was asked about the event at <paramref name="at"/>.</summary>
    public void CheckedInFeed(DateTimeOffset at) => FeedCheckedAt = at.ToUniversalTime();

    /// <summary>Records the final score (and the half-time one, when known); a corrected score replaces the first.</summary>
    public void Complete(Score finalScore, Score? halfTimeScore)
    {
        if (Status == EventStatus.Cancelled)
            throw new DomainException("event.cancelled", "A cancelled event has no score.");
        (HomeGoals, AwayGoals) = (finalScore.Home, finalScore.Away);
        (HalfTimeHomeGoals, HalfTimeAwayGoals) = (halfTimeScore?.Home, halfTimeScore?.Away);
        Status = EventStatus.Completed;
    }
}
