namespace CleanPlatform.Domain.Betting;

/// <summary>
/// Shin's devig: <c>p_i = (sqrt(z² + 4(1 − z)·π_i²/B) − z) / (2(1 − z))</c> with <c>Σ p_i = 1</c>, where <c>z</c>
/// is the share of insider money; forward model <c>r_i = sqrt(z·p_i + (1 − z)·p_i²)</c>, <c>π_i = r_i·Σ r_j</c>.
/// Use it through <see cref="ParametricDevig.Shin"/>.
/// </summary>
public static class ShinDevig
{
    private const int MaxSteps = 10_000;
    private const double Step = 1e-12;

    /// <summary>
    /// <c>z</c>: Jullien and Salanié's fixed point for three outcomes or more, bisection for two (where the fixed
    /// point divides by zero and Shin equals additive). Close to <c>B = 1</c> the fixed point crawls: its steps
    /// drop below 1e-12 while the sum is still off by up to 1e-5, so an answer failing <see cref="Devig.Tolerance"/>
    /// is replaced by the reference bisection.
    /// </summary>
    public static double Parameter(MarketPrices market)
    {
        ArgumentNullException.ThrowIfNull(market);
        if (market.Count < 3)
            return ParametricDevig.Shin.Bisect(market);
        var z = FixedPointZ(market);
        return Math.Abs(ParametricDevig.Shin.Probabilities(market, z).Sum() - 1.0) < Devig.Tolerance
            ? z
            : ParametricDevig.Shin.Bisect(market);
    }

    /// <summary><c>z</c> by <c>z_{k+1} = (Σ sqrt(z_k² + 4(1 − z_k)·π_i²/B) − 2)/(n − 2)</c> from 0, for three outcomes or more.</summary>
    public static double FixedPointZ(MarketPrices market)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentOutOfRangeException.ThrowIfLessThan(market.Count, 3);
        var z = 0.0;
        for (var step = 0; step < MaxSteps; step++)
        {
            var next = (market.ImpliedProbabilities.Sum(pi => Root(pi, z, market.Booksum)) - 2.0) / (market.Count - 2);
            if (Math.Abs(next - z) < Step)
                return next;
            z = next;
        }
        return z;
    }

    internal static double Fair(double pi, double z, double booksum) => (Root(pi, z, booksum) - z) / (2.0 * (1.0 - z));

    internal static IReadOnlyList<double> Forward(IReadOnlyList<double> fair, double z)
    {
        var r = fair.Select(p => Math.Sqrt(z * p + (1.0 - z) * p * p)).ToList();
        var sum = r.Sum();
        return [.. r.Select(x => x * sum)];
    }

    private static double Root(double pi, double z, double booksum) =>
        Math.Sqrt(z * z + 4.0 * (1.0 - z) * pi * pi / booksum);
}
