using static CleanPlatform.Domain.UnitTests.Betting.Prices;

namespace CleanPlatform.Domain.UnitTests.Betting;

public sealed class BettingPerformanceTests
{
    // Won 10 @ 2.50 (+15), lost 5 @ 2.00 (−5), push 10 @ 1.90, void 20 @ 3.00.
    private static readonly Settlement[] Bets =
    [
        Settle(BetResult.Won, 10m, 2.50),
        Settle(BetResult.Lost, 5m, 2.00),
        Settle(BetResult.Push, 10m, 1.90),
        Settle(BetResult.Void, 20m, 3.00),
    ];

    [Fact]
    public void ProfitAndLoss_MixedBets_SumsProfits()
    {
        BettingPerformance.ProfitAndLoss(Bets).Should().Be(10m);
    }

    [Fact]
    public void Turnover_MixedBets_CountsPushesButNotVoids()
    {
        BettingPerformance.Turnover(Bets).Should().Be(25m);
    }

    [Fact]
    public void Turnover_VoidOnly_IsZero()
    {
        BettingPerformance.Turnover([Settle(BetResult.Void, 20m, 3.00)]).Should().Be(0m);
    }

    [Fact]
    public void ReturnOnInvestment_MixedBets_IsProfitOverTurnover()
    {
        BettingPerformance.ReturnOnInvestment(Bets).Should().BeApproximately(0.4, 1e-12);
    }

    [Fact]
    public void ReturnOnInvestment_OnlyVoids_IsNull()
    {
        BettingPerformance.ReturnOnInvestment([Settle(BetResult.Void, 20m, 3.00)]).Should().BeNull();
    }

    [Fact]
    public void HitRate_MixedBets_LeavesOutPushesAndVoids()
    {
        BettingPerformance.HitRate(Bets).Should().Be(0.5);
    }

    [Fact]
    public void HitRate_HalfResults_CountByTheirProfit()
    {
        Settlement[] halves = [Settle(BetResult.HalfWon, 10m, 1.95), Settle(BetResult.HalfLost, 10m, 1.95)];

        BettingPerformance.HitRate(halves).Should().Be(0.5);
    }

    [Fact]
    public void AverageOdds_MixedBets_AveragesSettledBetsOnly()
    {
        BettingPerformance.AverageOdds(Bets).Should().BeApproximately(2.133333, SixDecimals);
    }

    private static Settlement Settle(BetResult result, decimal stake, double odds) =>
        SettlementEngine.Settle(Grade.Of(result), stake, Price(odds), SettlementMode.Recorded);
}
