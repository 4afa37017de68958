namespace CleanPlatform.Domain.Betting;

/// <summary>
/// One price of one outcome, as one bookmaker offered it at one moment. Snapshots are facts: written once,
/// in bulk, never changed, so they carry no version or audit fields and are keyed by a sequence number; there
/// are millions of them. A source that gives no capture time (football-data) stamps them at kick-off and
/// tells them apart by <see cref="Kind"/>.
/// </summary>
public sealed class OddsSnapshot : ITenantOwned
{
    private OddsSnapshot() { }

    /// <summary>The row's sequence number.</summary>
    public long Id { get; private set; }

    /// <inheritdoc />
    public Guid OrganizationId { get; private set; }

    public Guid EventId { get; private set; }

    public Guid BookmakerId { get; private set; }

    public MarketKind Market { get; private set; }

    /// <summary>
    /// The handicap or total; 0 for markets without a line (1X2, moneyline). A handicap (Asian handicap, spread) is
    /// the home side's line for both selections: the away price at home −0.5 is stored at −0.5, not +0.5, so the two
    /// sides of one market share a line.
    /// </summary>
    public decimal Line { get; private set; }

    public Selection Selection { get; private set; }

    public Odds Price { get; private set; }

    public DateTimeOffset CapturedAt { get; private set; }

    public SnapshotKind Kind { get; private set; }

    public static OddsSnapshot Capture(Guid organizationId, Guid eventId, Guid bookmakerId, MarketKind market,
        decimal line, Selection selection, Odds price, DateTimeOffset capturedAt, SnapshotKind kind) => new()
        {
            OrganizationId = organizationId,
            EventId = eventId,
            BookmakerId = bookmakerId,
            Market = market,
            Line = line,
            Selection = selection,
            Price = price,
            CapturedAt = capturedAt.ToUniversalTime(),
            Kind = kind,
        };
}
