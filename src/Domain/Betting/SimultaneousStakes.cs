namespace CleanPlatform.Domain.Betting;

/// <summary>
/// Keeps several bets sized on one bankroll snapshot within a total exposure <c>F_max</c> (betting.md §3, §13):
/// per-bet Kelly assumes bets one after another and overstakes when several are open at once.
/// </summary>
public static class SimultaneousStakes
{
    /// <summary>
    /// New bets' fractions (each already capped per bet) scaled pro rata so that open + new ≤ <paramref name="openCap"/>;
    /// all 0 when the open bets alone reach it.
    /// </summary>
    public static IReadOnlyList<decimal> Scale(decimal openFraction, IReadOnlyList<decimal> newFractions, Percentage openCap)
    {
        ArgumentNullException.ThrowIfNull(newFractions);
        var room = Math.Max(0m, openCap.Fraction - openFraction);
        var wanted = newFractions.Sum();
        return wanted <= room ? newFractions : [.. newFractions.Select(f => f * room / wanted)];
    }
}
