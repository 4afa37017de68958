namespace CleanPlatform.Domain.UnitTests.Betting;

public sealed class MatchGradingTests
{
    [Theory]
    [InlineData(MatchOutcome.Home, 2, 1, BetResult.Won)]
    [InlineData(MatchOutcome.Draw, 1, 1, BetResult.Won)]
    [InlineData(MatchOutcome.Away, 0, 3, BetResult.Won)]
    [InlineData(MatchOutcome.Home, 1, 1, BetResult.Lost)]
    [InlineData(MatchOutcome.Away, 2, 1, BetResult.Lost)]
    public void ThreeWay_FullTimeScore_WinsOnlyTheOutcomeItShows(MatchOutcome pick, int home, int away, BetResult result)
    {
        MatchGrading.ThreeWay(pick, new Score(home, away)).Result.Should().Be(result);
    }

    [Fact]
    public void Moneyline_DecidedScore_WinsTheLeaderAndLosesTheTrailer()
    {
        var score = new Score(99, 101);

        MatchGrading.Moneyline(Side.Away, score).Result.Should().Be(BetResult.Won);
        MatchGrading.Moneyline(Side.Home, score).Result.Should().Be(BetResult.Lost);
    }

    [Fact]
    public void Moneyline_TieWithoutRule_IsPush()
    {
        MatchGrading.Moneyline(Side.Home, new Score(2, 2)).Result.Should().Be(BetResult.Push);
    }

    [Fact]
    public void Moneyline_TieUnderLossRule_IsLost()
    {
        MatchGrading.Moneyline(Side.Away, new Score(2, 2), TieRule.Loss).Result.Should().Be(BetResult.Lost);
    }

    [Fact]
    public void Score_NegativeGoals_ThrowsScoreNegative()
    {
        var act = () => new Score(-1, 0);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("score.negative");
    }
}
