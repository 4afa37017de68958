namespace CleanPlatform.Domain.Betting;

/// <summary>Power devig, <c>p_i = π_i^k</c> with <c>Σ p_i = 1</c>, and its forward model <c>π_i = p_i^(1/k)</c>.</summary>
public static class PowerDevig
{
    /// <summary>The exponent <c>k</c> that makes the probabilities sum to 1, by bisection on [1e-9, 100].</summary>
    public static double Parameter(MarketPrices market) =>
        Bisection.Root(k => Probabilities(market, k).Sum() - 1.0, 1e-9, 100.0);

    /// <summary>The probabilities of <paramref name="market"/> for exponent <paramref name="k"/>.</summary>
    public static IReadOnlyList<double> Probabilities(MarketPrices market, double k)
    {
        ArgumentNullException.ThrowIfNull(market);
        return [.. market.ImpliedProbabilities.Select(pi => Math.Pow(pi, k))];
    }

    /// <summary>The implied probabilities a book with exponent <paramref name="k"/> shows for <paramref name="fair"/>.</summary>
    public static IReadOnlyList<double> Forward(IReadOnlyList<double> fair, double k) =>
        [.. fair.Select(p => Math.Pow(p, 1.0 / k))];
}
