namespace CleanPlatform.Domain.Betting;

/// <summary>The money of a settled bet (betting.md §4): what it paid back and what it made.</summary>
public sealed class Settlement
{
    internal Settlement(Grade grade, decimal stake, Odds odds, decimal payout)
    {
        Result = grade.Result;
        DeadHeatFraction = grade.DeadHeat?.Fraction;
        Stake = stake;
        Odds = odds;
        Payout = payout;
    }

    /// <summary>The result.</summary>
    public BetResult Result { get; }

    /// <summary>The dead heat's <c>m/k</c>, or <c>null</c>.</summary>
    public decimal? DeadHeatFraction { get; }

    /// <summary>Whether the result was a dead heat.</summary>
    public bool IsDeadHeat => DeadHeatFraction is not null;

    /// <summary>The stake.</summary>
    public decimal Stake { get; }

    /// <summary>The decimal odds taken.</summary>
    public Odds Odds { get; }

    /// <summary>The return: what the bookmaker pays back, the stake included (0 on a loss).</summary>
    public decimal Payout { get; }

    /// <summary>Payout − stake: 0 on a push or a void.</summary>
    public decimal Profit => Payout - Stake;

    /// <summary>Whether the stake counts in turnover: every result but a void (pushes count).</summary>
    public bool CountsInTurnover => Result != BetResult.Void;
}
