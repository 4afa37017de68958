using System.Globalization;
using static CleanPlatform.Domain.UnitTests.Betting.Prices;

namespace CleanPlatform.Domain.UnitTests.Betting;

public sealed class SettlementEngineTests
{
    // 10 @ 5.0: two tied for one place win half the stake (the §9 vector); for as many places as tied, in full.
    [Theory]
    [InlineData(1, 2, SettlementMode.Unrounded, "15.00", "0.5")]
    [InlineData(1, 2, SettlementMode.Recorded, "15.00", "0.5")]
    [InlineData(3, 2, SettlementMode.Recorded, "40.00", "1.5")]
    public void Settle_DeadHeat_PaysTheWinningShareAtFullOddsFlaggedWithItsFraction(int places, int tied,
        SettlementMode mode, string profit, string fraction)
    {
        var settlement = SettlementEngine.Settle(Grade.OfDeadHeat(places, tied), 10m, Price(5.0), mode);

        settlement.Profit.Should().Be(Amount(profit));
        settlement.Result.Should().Be(BetResult.Won);
        settlement.IsDeadHeat.Should().BeTrue();
        settlement.DeadHeatFraction.Should().Be(Amount(fraction));
    }

    [Fact]
    public void Settle_DeadHeatInThirdsRecorded_PaysTheWholeCent()
    {
        var settlement = SettlementEngine.Settle(Grade.OfDeadHeat(places: 1, tied: 3), 9m, Price(2.0), SettlementMode.Recorded);

        settlement.Payout.Should().Be(6.00m);
    }

    [Theory]
    [InlineData(SettlementMode.Unrounded)]
    [InlineData(SettlementMode.Recorded)]
    public void Settle_Void_ReturnsTheStakeOutsideTurnover(SettlementMode mode)
    {
        var settlement = SettlementEngine.Settle(Grade.Void, 10m, Price(2.5), mode);

        settlement.Profit.Should().Be(0m);
        settlement.Payout.Should().Be(10m);
        settlement.CountsInTurnover.Should().BeFalse();
    }

    [Fact]
    public void Settle_PushUnrounded_CountsInTurnover()
    {
        var settlement = SettlementEngine.Settle(Grade.Of(BetResult.Push), 10m, Price(1.9), SettlementMode.Unrounded);

        settlement.Profit.Should().Be(0m);
        settlement.CountsInTurnover.Should().BeTrue();
    }

    [Theory]
    [InlineData(BetResult.Won, "3.33", 1.95, "6.49", "6.4935")]
    [InlineData(BetResult.HalfWon, "10.01", 1.95, "14.76", "14.76475")]
    [InlineData(BetResult.HalfLost, "10.01", 1.95, "5.00", "5.005")]
    [InlineData(BetResult.Lost, "10.01", 1.95, "0", "0")]
    public void Settle_RecordedAndUnrounded_CutThePayoutDownOnlyWhenRecorded(BetResult result, string stake, double odds,
        string recorded, string unrounded)
    {
        var amount = Amount(stake);

        var bookmaker = SettlementEngine.Settle(Grade.Of(result), amount, Price(odds), SettlementMode.Recorded);
        var study = SettlementEngine.Settle(Grade.Of(result), amount, Price(odds), SettlementMode.Unrounded);

        bookmaker.Payout.Should().Be(Amount(recorded));
        bookmaker.Profit.Should().Be(Amount(recorded) - amount);
        study.Payout.Should().Be(Amount(unrounded));
    }

    private static decimal Amount(string value) =>
        decimal.Parse(value, CultureInfo.InvariantCulture);
}
