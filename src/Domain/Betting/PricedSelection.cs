namespace CleanPlatform.Domain.Betting;

/// <summary>
/// One bookmaker's price on a selection of an event's market, at a line, in an organization: what a <see cref="Bet"/>
/// backs and what an <see cref="Opportunity"/> offers. The event's sport and competition are kept beside it for filtering.
/// </summary>
public abstract class PricedSelection : Entity, ITenantOwned
{
    /// <inheritdoc />
    public Guid OrganizationId { get; protected set; }

    public Guid EventId { get; protected set; }

    /// <summary>The event's sport, kept for filtering.</summary>
    public Guid SportId { get; protected set; }

    /// <summary>The event's competition, kept for filtering.</summary>
    public Guid CompetitionId { get; protected set; }

    public MarketKind Market { get; protected set; }

    public Selection Selection { get; protected set; }

    /// <summary>The line offered to the selection (<see cref="BetLines"/>): an away handicap is the away side's.</summary>
    public decimal Line { get; protected set; }

    /// <summary>The book offering the price.</summary>
    public Guid BookmakerId { get; protected set; }

    public Odds Odds { get; protected set; }
}
