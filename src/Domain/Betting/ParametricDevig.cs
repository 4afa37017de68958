namespace CleanPlatform.Domain.Betting;

/// <summary>
/// The devig methods with one parameter θ (betting.md §2): power (<c>k</c>), Shin (<c>z</c>) and odds ratio
/// (<c>c</c>). Each fair probability is a function of its implied probability and θ, decreasing in θ, so θ is the
/// root of <c>Σ p_i(θ) = 1</c> on the method's bracket; each has a forward model from fair back to implied.
/// </summary>
public sealed class ParametricDevig
{
    private readonly double _lowest;
    private readonly double _highest;
    private readonly Func<double, double, double, double> _fair;
    private readonly Func<IReadOnlyList<double>, double, IReadOnlyList<double>> _forward;
    private readonly Func<MarketPrices, double>? _solve;

    private ParametricDevig(DevigMethod method, double lowest, double highest, Func<double, double, double, double> fair,
        Func<IReadOnlyList<double>, double, IReadOnlyList<double>> forward, Func<MarketPrices, double>? solve = null)
    {
        Method = method;
        _lowest = lowest;
        _highest = highest;
        _fair = fair;
        _forward = forward;
        _solve = solve;
    }

    /// <summary><c>p_i = π_i^k</c>, <c>k ∈ [1e-9, 100]</c>; forward <c>π_i = p_i^(1/k)</c>.</summary>
    public static ParametricDevig Power { get; } = new(DevigMethod.Power, 1e-9, 100.0, (pi, k, _) => Math.Pow(pi, k),
        (fair, k) => [.. fair.Select(p => Math.Pow(p, 1.0 / k))]);

    /// <summary>Shin's model, <c>z ∈ [0, 0.999999]</c>, solved as <see cref="ShinDevig.Parameter"/> says.</summary>
    public static ParametricDevig Shin { get; } = new(DevigMethod.Shin, 0.0, 0.999999, ShinDevig.Fair, ShinDevig.Forward,
        ShinDevig.Parameter);

    /// <summary><c>p_i = π_i / (c + π_i − c·π_i)</c>, <c>c ∈ [1e-9, 1000]</c>; forward <c>π_i = c·p_i / (1 + (c − 1)·p_i)</c>.</summary>
    public static ParametricDevig OddsRatio { get; } = new(DevigMethod.OddsRatio, 1e-9, 1000.0,
        (pi, c, _) => pi / (c + pi - c * pi), (fair, c) => [.. fair.Select(p => c * p / (1.0 + (c - 1.0) * p))]);

    /// <summary>Which method this is.</summary>
    public DevigMethod Method { get; }

    /// <summary>The parameter of <paramref name="market"/>: bisection, or the method's own solver (Shin's fixed point).</summary>
    public double Parameter(MarketPrices market) => _solve?.Invoke(market) ?? Bisect(market);

    /// <summary>The parameter by the reference bisection on the method's bracket.</summary>
    public double Bisect(MarketPrices market) =>
        Bisection.Root(parameter => Probabilities(market, parameter).Sum() - 1.0, _lowest, _highest);

    /// <summary>The probabilities of <paramref name="market"/> for <paramref name="parameter"/>.</summary>
    public IReadOnlyList<double> Probabilities(MarketPrices market, double parameter)
    {
        ArgumentNullException.ThrowIfNull(market);
        return [.. market.ImpliedProbabilities.Select(pi => _fair(pi, parameter, market.Booksum))];
    }

    /// <summary>The implied probabilities a book with <paramref name="parameter"/> shows for <paramref name="fair"/>.</summary>
    public IReadOnlyList<double> Forward(IReadOnlyList<double> fair, double parameter) => _forward(fair, parameter);
}
