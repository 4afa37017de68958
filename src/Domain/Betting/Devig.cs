namespace CleanPlatform.Domain.Betting;

/// <summary>
/// Fair probabilities from a market by any <see cref="DevigMethod"/> (betting.md §2, §13). An arbitrage book
/// (<c>B ≤ 1</c>) is devigged only multiplicatively, additive refuses a long shot it would give <c>p ≤ 0</c>,
/// and every answer is checked to sum to 1 within <see cref="Tolerance"/>.
/// </summary>
public static class Devig
{
    /// <summary>How far from 1 fair probabilities may sum, and a forward model from the prices (§13: 1e-9).</summary>
    public const double Tolerance = 1e-9;

    /// <summary>Every method, the default (multiplicative) first.</summary>
    public static IReadOnlyList<DevigMethod> Methods { get; } = Array.AsReadOnly(Enum.GetValues<DevigMethod>());

    /// <summary>The market devigged by <paramref name="method"/>.</summary>
    /// <exception cref="DomainException"><c>devig.not_converged</c> when the probabilities do not sum to 1 within <see cref="Tolerance"/>.</exception>
    public static DevigResult Apply(MarketPrices market, DevigMethod method)
    {
        ArgumentNullException.ThrowIfNull(market);
        if (market.IsArbitrage && method != DevigMethod.Multiplicative)
            return DevigResult.NotApplicable(method, "devig.arbitrage_book");

        var (probabilities, parameter) = Solve(market, method);
        if (probabilities.Any(p => p <= 0.0))
            return DevigResult.Invalid(method, "devig.probability_not_positive");
        if (Math.Abs(probabilities.Sum() - 1.0) >= Tolerance)
            throw new DomainException("devig.not_converged",
                $"{method} devig of a market with booksum {market.Booksum} does not sum to 1.");
        return DevigResult.Fair(method, probabilities, parameter);
    }

    /// <summary>The market devigged by every method, in <see cref="Methods"/> order.</summary>
    public static IReadOnlyList<DevigResult> All(MarketPrices market) => [.. Methods.Select(m => Apply(market, m))];

    /// <summary>
    /// The implied probabilities <c>π_i</c> the method's forward model gives back from <paramref name="result"/>'s
    /// probabilities and parameter (multiplicative and additive take <paramref name="market"/>'s booksum).
    /// </summary>
    public static IReadOnlyList<double> Forward(DevigResult result, MarketPrices market)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(market);
        if (!result.IsApplicable)
            throw new ArgumentException($"A {result.Status} devig has no probabilities.", nameof(result));
        return result.Method switch
        {
            DevigMethod.Multiplicative => MultiplicativeDevig.Forward(result.Probabilities, market.Booksum),
            DevigMethod.Additive => AdditiveDevig.Forward(result.Probabilities, market.Booksum),
            _ => Parametric(result.Method).Forward(result.Probabilities, result.Parameter.GetValueOrDefault()),
        };
    }

    private static (IReadOnlyList<double> Probabilities, double? Parameter) Solve(MarketPrices market, DevigMethod method) =>
        method switch
        {
            DevigMethod.Multiplicative => (MultiplicativeDevig.Probabilities(market), null),
            DevigMethod.Additive => (AdditiveDevig.Probabilities(market), null),
            _ => Solve(market, Parametric(method)),
        };

    private static (IReadOnlyList<double>, double?) Solve(MarketPrices market, ParametricDevig devig)
    {
        var parameter = devig.Parameter(market);
        return (devig.Probabilities(market, parameter), parameter);
    }

    private static ParametricDevig Parametric(DevigMethod method) => method switch
    {
        DevigMethod.Power => ParametricDevig.Power,
        DevigMethod.Shin => ParametricDevig.Shin,
        DevigMethod.OddsRatio => ParametricDevig.OddsRatio,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Not a parametric devig method."),
    };
}
