namespace CleanPlatform.Domain.Betting;

/// <summary>
/// The one settlement rule for recorded bets and backtests alike (betting.md §4, §13): from a grade, a stake and
/// the odds taken to the payout and profit. Amounts are <c>decimal</c> in both modes: exact for the halves of
/// quarter lines, with 28 digits for a dead heat's thirds, and free of binary artefacts.
/// </summary>
public static class SettlementEngine
{
    /// <summary>Settles <paramref name="stake"/> at <paramref name="odds"/> on <paramref name="grade"/>.</summary>
    public static Settlement Settle(Grade grade, decimal stake, Odds odds, SettlementMode mode)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(stake);
        var payout = Payout(grade, stake, odds.Value);
        return new Settlement(grade, stake, odds, mode == SettlementMode.Recorded ? Cents.RoundDown(payout) : payout);
    }

    private static decimal Payout(Grade grade, decimal stake, decimal odds) => grade.Result switch
    {
        BetResult.Won => grade.DeadHeat is { } deadHeat ? deadHeat.WinningShareOf(stake * odds) : stake * odds,
        BetResult.HalfWon => stake * (odds + 1m) / 2m,
        BetResult.Push or BetResult.Void => stake,
        BetResult.HalfLost => stake / 2m,
        BetResult.Lost => 0m,
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade.Result, "Unknown result."),
    };
}
