using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CleanPlatform.Domain.UnitTests.Betting;

public sealed class SettlementPropertyTests
{
    private static Gen<(Grade Grade, decimal Stake, Odds Odds, SettlementMode Mode)> Bets =>
        from grade in BettingGenerators.Grades
        from stake in BettingGenerators.Stakes
        from odds in BettingGenerators.Odds
        from mode in Gen.Elements(SettlementMode.Unrounded, SettlementMode.Recorded)
        select (grade, stake, odds, mode);

    [Property(MaxTest = 1000)]
    public Property Settle_AnyMarketAndLine_ProfitBetweenLosingTheStakeAndAFullWin() =>
        Prop.ForAll(Bets.ToArbitrary(), bet =>
        {
            var profit = SettlementEngine.Settle(bet.Grade, bet.Stake, bet.Odds, bet.Mode).Profit;
            return profit >= -bet.Stake && profit <= bet.Stake * (bet.Odds.Value - 1m);
        });
}
