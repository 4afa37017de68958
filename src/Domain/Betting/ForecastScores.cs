namespace CleanPlatform.Domain.Betting;

/// <summary>How good probability forecasts were (betting.md §6), averaged over events; lower is better.</summary>
public static class ForecastScores
{
    /// <summary>The smallest probability log-loss takes, so a confident miss costs ln(1e15), not infinity.</summary>
    public const double LogLossFloor = 1e-15;

    /// <summary>Brier: per event <c>Σ_k (p_k − y_k)²</c> (0–2, not divided by the number of outcomes), averaged.</summary>
    public static double Brier(IEnumerable<ForecastOutcome> events) =>
        Mean(events, e => e.Probabilities.Select((p, k) => Math.Pow(p - (k == e.Actual ? 1.0 : 0.0), 2)).Sum());

    /// <summary>Log-loss: the mean of <c>−ln p_actual</c>, with <c>p</c> at least <see cref="LogLossFloor"/>.</summary>
    public static double LogLoss(IEnumerable<ForecastOutcome> events) =>
        Mean(events, e => -Math.Log(Math.Max(e.Probabilities[e.Actual], LogLossFloor)));

    private static double Mean(IEnumerable<ForecastOutcome> events, Func<ForecastOutcome, double> score)
    {
        ArgumentNullException.ThrowIfNull(events);
        var scores = events.Select(score).ToList();
        return scores.Count > 0 ? scores.Average() : throw new ArgumentException("No events to score.", nameof(events));
    }
}
