namespace CleanPlatform.Application.Betting.Analytics.Common;

/// <summary>Figures that need the days in order, computed in memory over the per-day rows SQL returned.</summary>
public static class DailyRisk
{
    /// <summary>
    /// The largest fall of cumulative profit from its running peak, in money, over end-of-day balances; the peak starts
    /// at 0 (the bankroll before the first settled bet), so a series that only falls has drawdown = its lowest loss.
    /// </summary>
    public static decimal MaxDrawdown(IEnumerable<decimal> dailyProfits)
    {
        decimal cumulative = 0m, peak = 0m, drawdown = 0m;
        foreach (var profit in dailyProfits)
        {
            cumulative += profit;
            peak = Math.Max(peak, cumulative);
            drawdown = Math.Max(drawdown, peak - cumulative);
        }

        return drawdown;
    }

    /// <summary>
    /// Sharpe ratio of daily returns (profit ÷ turnover of each day with turnover): mean ÷ sample standard deviation,
    /// not annualized, with no risk-free rate; null with fewer than two days or no spread.
    /// </summary>
    public static double? Sharpe(IEnumerable<DayFigures> days)
    {
        var returns = days.Where(d => d.Staked > 0m).Select(d => (double)(d.ProfitOrZero / d.Staked)).ToList();
        if (returns.Count < 2)
            return null;
        var mean = returns.Average();
        var deviation = Math.Sqrt(returns.Sum(r => (r - mean) * (r - mean)) / (returns.Count - 1));
        return deviation < 1e-12 ? null : Math.Round(mean / deviation, 6);
    }
}
