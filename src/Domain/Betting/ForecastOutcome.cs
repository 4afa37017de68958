namespace CleanPlatform.Domain.Betting;

/// <summary>A probability forecast of one event's outcomes and the outcome that happened.</summary>
/// <param name="Probabilities">The forecast, one probability per outcome in market order.</param>
/// <param name="Actual">The index of the outcome that happened.</param>
public sealed record ForecastOutcome(IReadOnlyList<double> Probabilities, int Actual)
{
    /// <summary>The forecast, one probability per outcome in market order.</summary>
    public IReadOnlyList<double> Probabilities { get; } = Probabilities;

    /// <summary>The index of the outcome that happened.</summary>
    public int Actual { get; } = Actual >= 0 && Actual < Probabilities.Count
        ? Actual
        : throw new ArgumentOutOfRangeException(nameof(Actual), Actual, "The outcome that happened is one of the forecast's.");
}
