namespace CleanPlatform.Domain.Betting;

/// <summary>
/// One bookmaker's prices for every outcome of one market, in outcome order (H, D, A for 1X2; 1, 2 for a
/// two-way market), and what they imply (shared/domain/betting.md §1): the booksum <c>B = Σ 1/o</c>, the margin
/// <c>B − 1</c> and the payout rate <c>1/B</c>. Implied probabilities and the booksum are analytics, so
/// <c>double</c>; the prices stay the decimals they were quoted as.
/// </summary>
public sealed class MarketPrices
{
    private MarketPrices(IReadOnlyList<Odds> prices)
    {
        Prices = [.. prices];
        ImpliedProbabilities = [.. prices.Select(OddsFormat.ImpliedProbability)];
        Booksum = ImpliedProbabilities.Sum();
    }

    /// <summary>The prices, one per outcome.</summary>
    public IReadOnlyList<Odds> Prices { get; }

    /// <summary><c>π_i = 1/o_i</c>, margin included.</summary>
    public IReadOnlyList<double> ImpliedProbabilities { get; }

    /// <summary>How many outcomes the market has.</summary>
    public int Count => Prices.Count;

    /// <summary><c>B = Σ π_i</c>.</summary>
    public double Booksum { get; }

    /// <summary>The overround <c>B − 1</c>; negative for an arbitrage.</summary>
    public double Margin => Booksum - 1.0;

    /// <summary>What the book pays back on average: <c>1/B</c>.</summary>
    public double PayoutRate => 1.0 / Booksum;

    /// <summary><c>B ≤ 1</c> (best prices across books, say): only multiplicative devig applies (§13).</summary>
    public bool IsArbitrage => Booksum <= 1.0;

    /// <summary>A market from its prices, a blank (a missing outcome) as <c>null</c>.</summary>
    /// <exception cref="DomainException">
    /// <c>market.outcome_missing</c> for a blank price, <c>market.too_few_outcomes</c> below two outcomes,
    /// <c>odds.out_of_range</c> for a price not above 1.
    /// </exception>
    public static MarketPrices Of(IEnumerable<decimal?> prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        return Of(prices.Select(price => price is { } value ? new Odds(value) : (Odds?)null));
    }

    /// <summary>A market from prices given as doubles; also refuses NaN and infinity (<c>odds.not_finite</c>).</summary>
    public static MarketPrices Of(IEnumerable<double?> prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        return Of(prices.Select(price => price is { } value ? OddsFormat.FromDouble(value) : (Odds?)null));
    }

    /// <summary>A market from checked prices.</summary>
    public static MarketPrices Of(params IEnumerable<Odds?> prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        List<Odds> list = [.. prices.Select(price => price
            ?? throw new DomainException("market.outcome_missing", "Every outcome of a market needs a price."))];
        return list.Count >= 2
            ? new MarketPrices(list)
            : throw new DomainException("market.too_few_outcomes", $"A market has at least two outcomes; got {list.Count}.");
    }
}
