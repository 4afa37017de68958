namespace CleanPlatform.Domain.Betting;

/// <summary>
/// Performance over settled bets (betting.md §6), as pure functions a tracker, a study or a backtest can share.
/// Voids are not settled bets and are left out of every measure; pushes count in turnover. Per bookmaker or per
/// agent is these functions over each group. Money sums stay <c>decimal</c>; ratios are <c>double</c>,
/// <c>null</c> when there is nothing to divide by.
/// </summary>
public static class BettingPerformance
{
    /// <summary>P&amp;L: the sum of profits.</summary>
    public static decimal ProfitAndLoss(IEnumerable<Settlement> bets) => Settled(bets).Sum(b => b.Profit);

    /// <summary>Turnover: the sum of stakes.</summary>
    public static decimal Turnover(IEnumerable<Settlement> bets) => Settled(bets).Sum(b => b.Stake);

    /// <summary>ROI (yield): P&amp;L ÷ turnover.</summary>
    public static double? ReturnOnInvestment(IEnumerable<Settlement> bets)
    {
        var settled = Settled(bets).ToList();
        var turnover = Turnover(settled);
        return turnover == 0m ? null : (double)(ProfitAndLoss(settled) / turnover);
    }

    /// <summary>Hit rate: bets with a profit ÷ bets settled, full pushes left out.</summary>
    public static double? HitRate(IEnumerable<Settlement> bets)
    {
        var decided = Settled(bets).Where(b => b.Result != BetResult.Push).ToList();
        return decided.Count == 0 ? null : (double)decided.Count(b => b.Profit > 0m) / decided.Count;
    }

    /// <summary>The mean decimal odds taken.</summary>
    public static double? AverageOdds(IEnumerable<Settlement> bets)
    {
        var odds = Settled(bets).Select(b => (double)b.Odds.Value).ToList();
        return odds.Count == 0 ? null : odds.Average();
    }

    /// <summary>The unweighted mean of the CLVs that exist (§5): bets without a closing line are left out, not counted as 0.</summary>
    public static double? MeanClosingLineValue(IEnumerable<double?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var known = values.OfType<double>().ToList();
        return known.Count == 0 ? null : known.Average();
    }

    private static IEnumerable<Settlement> Settled(IEnumerable<Settlement> bets)
    {
        ArgumentNullException.ThrowIfNull(bets);
        return bets.Where(b => b.CountsInTurnover);
    }
}
