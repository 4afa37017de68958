namespace CleanPlatform.Domain.Betting;

/// <summary>Multiplicative devig, <c>p_i = π_i / B</c>, and its forward model <c>π_i = B·p_i</c>.</summary>
public static class MultiplicativeDevig
{
    /// <summary>The fair probabilities of <paramref name="market"/>.</summary>
    public static IReadOnlyList<double> Probabilities(MarketPrices market)
    {
        ArgumentNullException.ThrowIfNull(market);
        return [.. market.ImpliedProbabilities.Select(pi => pi / market.Booksum)];
    }

    /// <summary>The implied probabilities a book with booksum <paramref name="booksum"/> shows for <paramref name="fair"/>.</summary>
    public static IReadOnlyList<double> Forward(IReadOnlyList<double> fair, double booksum) =>
        [.. fair.Select(p => booksum * p)];
}
