using CleanPlatform.Application.Betting.Studies.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.UnitTests.Betting.Studies;

/// <summary>Studies grade a stored price, whose handicap line is the home side's for both selections.</summary>
public sealed class StudyMarketsTests
{
    [Theory]
    [InlineData(Selection.Home, -0.75, 2, 1, BetResult.HalfWon)] // home −0.75 wins by one: half at −0.5 wins, half at −1 pushes
    [InlineData(Selection.Away, -0.75, 2, 1, BetResult.HalfLost)] // the away side gets +0.75
    [InlineData(Selection.Away, -0.75, 1, 1, BetResult.Won)]
    [InlineData(Selection.Home, 0.25, 0, 0, BetResult.HalfWon)] // betting.md §9: +0.25 on a draw
    [InlineData(Selection.Away, 0.25, 0, 0, BetResult.HalfLost)]
    public void Grade_AsianHandicapAtTheHomeLine_GivesEachSideItsOwnLine(Selection side, double homeLine, int home,
        int away, BetResult expected) =>
        StudyMarkets.Grade(MarketKind.AsianHandicap, side, (decimal)homeLine, new Score(home, away)).Result.Should().Be(expected);

    [Theory]
    [InlineData(Selection.Over, 2.5, 2, 1, BetResult.Won)]
    [InlineData(Selection.Under, 2.5, 2, 1, BetResult.Lost)]
    [InlineData(Selection.Over, 3.0, 2, 1, BetResult.Push)]
    [InlineData(Selection.Under, 2.25, 1, 1, BetResult.HalfWon)] // betting.md §9: 2.25 with 2 goals
    [InlineData(Selection.Over, 2.25, 1, 1, BetResult.HalfLost)]
    public void Grade_Totals_CountsBothTeamsGoals(Selection side, double line, int home, int away, BetResult expected) =>
        StudyMarkets.Grade(MarketKind.Totals, side, (decimal)line, new Score(home, away)).Result.Should().Be(expected);

    [Theory]
    [InlineData(Selection.Home, 1, 0, BetResult.Won)]
    [InlineData(Selection.Draw, 1, 1, BetResult.Won)]
    [InlineData(Selection.Away, 1, 1, BetResult.Lost)]
    public void Grade_MatchResult_BacksOneOfThree(Selection pick, int home, int away, BetResult expected) =>
        StudyMarkets.Grade(MarketKind.MatchResult, pick, 0m, new Score(home, away)).Result.Should().Be(expected);

    [Fact]
    public void OutcomesOf_EachMarket_AreInMarketOrder()
    {
        StudyMarkets.OutcomesOf(MarketKind.MatchResult).Should().Equal(Selection.Home, Selection.Draw, Selection.Away);
        StudyMarkets.OutcomesOf(MarketKind.Totals).Should().Equal(Selection.Over, Selection.Under);
        StudyMarkets.OutcomesOf(MarketKind.AsianHandicap).Should().Equal(Selection.Home, Selection.Away);
    }
}
