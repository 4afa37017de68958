using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Common;

namespace CleanPlatform.Application.Betting.Studies.RunBacktest;

/// <summary>The stake of a backtest's bet on the bankroll of the moment, unrounded (betting.md §3, §10).</summary>
internal static class BacktestStakes
{
    public static decimal Of(RunBacktest rule, decimal bankroll, double probability, Odds odds) => rule.Staking switch
    {
        BacktestStaking.Flat => rule.Stake,
        BacktestStaking.Percentage => bankroll > 0m ? rule.Share * bankroll : 0m,
        _ => bankroll > 0m ? KellyFraction(rule, probability, odds) * bankroll : 0m,
    };

    // λ·f*, capped at f_max when the rule has a cap; §10's simulation has none (§13).
    private static decimal KellyFraction(RunBacktest rule, double probability, Odds odds)
    {
        var fraction = rule.KellyMultiplier * KellyCriterion.Fraction(new BetCandidate(probability, odds));
        return Math.Max(0m, rule.KellyCap is { } cap ? Math.Min(fraction, cap) : fraction);
    }
}
