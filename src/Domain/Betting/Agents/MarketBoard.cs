namespace CleanPlatform.Domain.Betting.Agents;

/// <summary>
/// What the agents see of one market of one event at one decision time: every bookmaker's latest complete prices at
/// one line, captured no later than <see cref="DecisionTime"/>. Agents use nothing else, so a replay over history
/// uses only what was known then.
/// </summary>
public sealed record MarketBoard(
    Guid EventId,
    string Competition,
    DateTimeOffset KickOffUtc,
    DateTimeOffset DecisionTime,
    MarketKind Market,
    decimal Line,
    IReadOnlyList<Selection> Outcomes,
    IReadOnlyList<BookQuote> Quotes)
{
    /// <summary>The event.</summary>
    public Guid EventId { get; } = EventId;

    /// <summary>The event's competition key.</summary>
    public string Competition { get; } = Competition;

    /// <summary>Kick-off (UTC).</summary>
    public DateTimeOffset KickOffUtc { get; } = KickOffUtc;

    /// <summary>When the newest price on the board was captured: the decision's time.</summary>
    public DateTimeOffset DecisionTime { get; } = DecisionTime;

    /// <summary>The market.</summary>
    public MarketKind Market { get; } = Market;

    /// <summary>The line as stored: the total, or the home side's handicap; 0 without a line.</summary>
    public decimal Line { get; } = Line;

    /// <summary>The market's outcomes in order.</summary>
    public IReadOnlyList<Selection> Outcomes { get; } = Outcomes;

    /// <summary>Every book's complete market, aggregates included.</summary>
    public IReadOnlyList<BookQuote> Quotes { get; } = Quotes;

    /// <summary>The books one can bet at: every quote but the aggregates.</summary>
    public IEnumerable<BookQuote> Books => Quotes.Where(q => !q.IsAggregate);

    /// <summary>The quote of <paramref name="bookmaker"/>, if it priced the market.</summary>
    public BookQuote? QuoteOf(string bookmaker) => Quotes.FirstOrDefault(q => q.Bookmaker == bookmaker);
}
