namespace CleanPlatform.Domain.Betting;

/// <summary>
/// The bankroll through a run of settled bets (betting.md §6): <c>B_j = B_{j−1} + profit_j</c> in settlement
/// order (the caller orders: settlement, then placement time, then bet id), and its maximum drawdown.
/// </summary>
public static class BankrollSeries
{
    /// <summary><c>B_0 … B_n</c>: <paramref name="start"/> then the bankroll after each profit.</summary>
    public static IReadOnlyList<decimal> Of(decimal start, IEnumerable<decimal> profits)
    {
        ArgumentNullException.ThrowIfNull(profits);
        var series = new List<decimal> { start };
        foreach (var profit in profits)
            series.Add(series[^1] + profit);
        return series;
    }

    /// <summary>Maximum drawdown <c>max_j (P_j − B_j)/P_j</c>, <c>P_j = max(B_0..B_j)</c>; 0 for a series that never falls.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the series is empty or starts at 0 or below.</exception>
    public static double MaxDrawdown(IReadOnlyList<decimal> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfZero(series.Count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(series[0]);
        var peak = series[0];
        var drawdown = 0.0;
        foreach (var bankroll in series)
        {
            peak = Math.Max(peak, bankroll);
            drawdown = Math.Max(drawdown, (double)((peak - bankroll) / peak));
        }
        return drawdown;
    }
}
