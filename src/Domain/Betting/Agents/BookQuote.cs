namespace CleanPlatform.Domain.Betting.Agents;

/// <summary>
/// One bookmaker's complete market on a <see cref="MarketBoard"/>: its latest price of every outcome, in the market's
/// outcome order, with the time each was captured. <paramref name="IsAggregate"/> marks a source's best or average
/// price across books, which is never a book one can bet at nor an independent opinion.
/// </summary>
public sealed record BookQuote(string Bookmaker, bool IsAggregate, MarketPrices Prices, IReadOnlyList<DateTimeOffset> CapturedAt)
{
    /// <summary>The book's key.</summary>
    public string Bookmaker { get; } = Bookmaker;

    /// <summary>Whether it is a source's best or average price across books.</summary>
    public bool IsAggregate { get; } = IsAggregate;

    /// <summary>The market in outcome order.</summary>
    public MarketPrices Prices { get; } = Prices;

    /// <summary>When each outcome's price was captured.</summary>
    public IReadOnlyList<DateTimeOffset> CapturedAt { get; } = CapturedAt;

    /// <summary>The raw price of outcome <paramref name="outcome"/> as an audit line.</summary>
    public QuotedPrice Price(IReadOnlyList<Selection> outcomes, int outcome) =>
        new(Bookmaker, outcomes[outcome], Prices.Prices[outcome].Value, CapturedAt[outcome]);

    /// <summary>Every raw price of the market as audit lines.</summary>
    public IEnumerable<QuotedPrice> AllPrices(IReadOnlyList<Selection> outcomes) =>
        Enumerable.Range(0, Prices.Count).Select(i => Price(outcomes, i));
}
