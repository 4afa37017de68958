namespace CleanPlatform.Domain.Betting;

/// <summary>
/// Odds-ratio devig, <c>p_i = π_i / (c + π_i − c·π_i)</c> with <c>Σ p_i = 1</c>, and its forward model
/// <c>π_i = c·p_i / (1 + (c − 1)·p_i)</c>.
/// </summary>
public static class OddsRatioDevig
{
    /// <summary>The odds ratio <c>c</c> that makes the probabilities sum to 1, by bisection on [1e-9, 1000].</summary>
    public static double Parameter(MarketPrices market) =>
        Bisection.Root(c => Probabilities(market, c).Sum() - 1.0, 1e-9, 1000.0);

    /// <summary>The probabilities of <paramref name="market"/> for odds ratio <paramref name="c"/>.</summary>
    public static IReadOnlyList<double> Probabilities(MarketPrices market, double c)
    {
        ArgumentNullException.ThrowIfNull(market);
        return [.. market.ImpliedProbabilities.Select(pi => pi / (c + pi - c * pi))];
    }

    /// <summary>The implied probabilities a book with odds ratio <paramref name="c"/> shows for <paramref name="fair"/>.</summary>
    public static IReadOnlyList<double> Forward(IReadOnlyList<double> fair, double c) =>
        [.. fair.Select(p => c * p / (1.0 + (c - 1.0) * p))];
}
