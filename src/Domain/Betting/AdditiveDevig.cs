namespace CleanPlatform.Domain.Betting;

/// <summary>Additive devig, <c>p_i = π_i − (B − 1)/n</c>, and its forward model <c>π_i = p_i + (B − 1)/n</c>.</summary>
public static class AdditiveDevig
{
    /// <summary>The probabilities of <paramref name="market"/>, unchecked: a long shot can get <c>p ≤ 0</c>.</summary>
    public static IReadOnlyList<double> Probabilities(MarketPrices market)
    {
        ArgumentNullException.ThrowIfNull(market);
        var share = market.Margin / market.Count;
        return [.. market.ImpliedProbabilities.Select(pi => pi - share)];
    }

    /// <summary>The implied probabilities a book with booksum <paramref name="booksum"/> shows for <paramref name="fair"/>.</summary>
    public static IReadOnlyList<double> Forward(IReadOnlyList<double> fair, double booksum)
    {
        var share = (booksum - 1.0) / fair.Count;
        return [.. fair.Select(p => p + share)];
    }
}
