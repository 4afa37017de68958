namespace CleanPlatform.Domain.Betting;

/// <summary>
/// What settling a recorded bet gives (betting.md §4, §13): its final status, the payout cut down to the cent (to the
/// currency's minor units when it has fewer), profit = payout − stake, and a dead heat's fraction. One rule for a bet
/// settled on its own and for a settlement run that settles many at once.
/// </summary>
/// <param name="Status">The final status.</param>
/// <param name="Payout">What the bookmaker pays back, the stake included.</param>
/// <param name="Profit">Payout − stake.</param>
/// <param name="DeadHeatFraction">The dead heat's <c>m/k</c>, or null.</param>
public sealed record RecordedSettlement(BetStatus Status, decimal Payout, decimal Profit, decimal? DeadHeatFraction)
{
    /// <summary>The final status.</summary>
    public BetStatus Status { get; } = Status;

    /// <summary>What the bookmaker pays back, the stake included.</summary>
    public decimal Payout { get; } = Payout;

    /// <summary>Payout − stake.</summary>
    public decimal Profit { get; } = Profit;

    /// <summary>The dead heat's <c>m/k</c>, or null.</summary>
    public decimal? DeadHeatFraction { get; } = DeadHeatFraction;

    /// <summary>Settles <paramref name="stake"/> taken at <paramref name="odds"/> on <paramref name="grade"/>.</summary>
    public static RecordedSettlement Of(Grade grade, Money stake, Odds odds)
    {
        ArgumentNullException.ThrowIfNull(stake);
        var settlement = SettlementEngine.Settle(grade, stake.Amount, odds, SettlementMode.Recorded);
        // Cut to the cent (§13), and further for a currency without cents: no bookmaker pays a fraction of a yen.
        var payout = decimal.Round(settlement.Payout, Math.Min(2, Currencies.MinorUnits(stake.Currency)), MidpointRounding.ToZero);
        return new RecordedSettlement(StatusOf(settlement.Result), payout, payout - stake.Amount, settlement.DeadHeatFraction);
    }

    private static BetStatus StatusOf(BetResult result) => result switch
    {
        BetResult.Won => BetStatus.Won,
        BetResult.HalfWon => BetStatus.HalfWon,
        BetResult.Push => BetStatus.Push,
        BetResult.HalfLost => BetStatus.HalfLost,
        BetResult.Lost => BetStatus.Lost,
        _ => BetStatus.Void,
    };
}
