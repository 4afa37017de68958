using static CleanPlatform.Domain.UnitTests.Betting.Prices;

namespace CleanPlatform.Domain.UnitTests.Betting;

public sealed class HandicapGradingTests
{
    // betting.md §9, Asian handicap: home side, stake 1, odds 1.95, g = home − away.
    [Theory]
    [InlineData(-0.25, 0, -0.5000, BetResult.HalfLost)]
    [InlineData(-0.25, 1, 0.9500, BetResult.Won)]
    [InlineData(-0.25, -1, -1.0000, BetResult.Lost)]
    [InlineData(0.25, 0, 0.4750, BetResult.HalfWon)]
    [InlineData(0.25, -1, -1.0000, BetResult.Lost)]
    [InlineData(-0.75, 1, 0.4750, BetResult.HalfWon)]
    [InlineData(-0.75, 2, 0.9500, BetResult.Won)]
    [InlineData(-0.75, 0, -1.0000, BetResult.Lost)]
    [InlineData(0.75, -1, -0.5000, BetResult.HalfLost)]
    [InlineData(0.75, 0, 0.9500, BetResult.Won)]
    [InlineData(-1.25, 1, -0.5000, BetResult.HalfLost)]
    [InlineData(-1.25, 2, 0.9500, BetResult.Won)]
    [InlineData(-1.00, 1, 0.0000, BetResult.Push)]
    [InlineData(0.00, 0, 0.0000, BetResult.Push)]
    [InlineData(-0.50, 0, -1.0000, BetResult.Lost)]
    [InlineData(-0.50, 1, 0.9500, BetResult.Won)]
    public void AsianHandicap_ReferenceRows_GiveProfitAndResult(double line, int g, double profit, BetResult result)
    {
        var grade = HandicapGrading.AsianHandicap((decimal)line, g);

        var settlement = SettlementEngine.Settle(grade, 1m, Price(1.95), SettlementMode.Unrounded);

        settlement.Result.Should().Be(result);
        settlement.Profit.Should().Be((decimal)profit);
    }

    [Theory]
    [InlineData(1, 1, BetResult.Won)]
    [InlineData(2, 1, BetResult.HalfLost)]
    [InlineData(3, 1, BetResult.Lost)]
    public void AsianHandicap_AwaySideAtHomeLineMinusThreeQuarters_TakesPlusThreeQuarters(int home, int away,
        BetResult result)
    {
        var grade = HandicapGrading.AsianHandicap(Side.Away, 0.75m, new Score(home, away));

        grade.Result.Should().Be(result);
    }

    // betting.md §9, totals: stake 1, odds 1.90; over and under.
    [Theory]
    [InlineData(2.50, 2, -1.00, 0.90)]
    [InlineData(2.50, 3, 0.90, -1.00)]
    [InlineData(3.00, 3, 0.00, 0.00)]
    [InlineData(2.25, 2, -0.50, 0.45)]
    [InlineData(2.75, 3, 0.45, -0.50)]
    public void Totals_ReferenceRows_GiveOverAndUnderProfits(double line, int goals, double over, double under)
    {
        var overProfit = ProfitAt190(HandicapGrading.Totals(TotalsSide.Over, (decimal)line, goals));
        var underProfit = ProfitAt190(HandicapGrading.Totals(TotalsSide.Under, (decimal)line, goals));

        overProfit.Should().Be((decimal)over);
        underProfit.Should().Be((decimal)under);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(-1.3)]
    public void AsianHandicap_LineOffQuarterSteps_ThrowsLineInvalid(double line)
    {
        var act = () => HandicapGrading.AsianHandicap((decimal)line, 0);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("settlement.line_invalid");
    }

    private static decimal ProfitAt190(Grade grade) =>
        SettlementEngine.Settle(grade, 1m, Price(1.90), SettlementMode.Unrounded).Profit;
}
