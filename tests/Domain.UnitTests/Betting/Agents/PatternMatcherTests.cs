using CleanPlatform.Domain.Betting.Agents;

namespace CleanPlatform.Domain.UnitTests.Betting.Agents;

public sealed class PatternMatcherTests
{
    private static readonly (string, decimal, decimal, decimal) Book = ("b365", 2.20m, 3.40m, 3.40m);

    [Fact]
    public void Scan_SegmentBelowTheMinimumSample_RaisesNothing()
    {
        var agent = new PatternMatcher(AgentRules.Default);
        Teach(agent, AgentRules.Default.PatternMinimumSample - 1, homeWins: AgentRules.Default.PatternMinimumSample - 1);

        agent.Scan(Boards.MatchResult(Book)).Should().BeEmpty();
    }

    [Fact]
    public void Scan_SegmentThatBeatTheConsensus_PricesTheSelectionAtTheShrunkEdge()
    {
        var agent = new PatternMatcher(AgentRules.Default);
        Teach(agent, matches: 100, homeWins: 70);

        var signal = agent.Scan(Boards.MatchResult(Book)).Should().ContainSingle().Subject;

        var consensus = MultiplicativeDevig.Probabilities(MarketPrices.Of(new decimal?[] { 2.20m, 3.40m, 3.40m }))[0];
        var shift = (70 - (100 * consensus)) / (100 + AgentRules.Default.PatternPriorWeight);
        signal.Selection.Should().Be(Selection.Home);
        signal.MethodParameter.Should().BeApproximately(shift, 1e-9);
        signal.FairProbability.Should().BeApproximately(consensus + shift, 1e-9);
        signal.Reasons.Should().Contain("100 past matches won 70");
    }

    [Fact]
    public void Scan_OtherCompetition_LearnsNothingFromThisOne()
    {
        var agent = new PatternMatcher(AgentRules.Default);
        Teach(agent, matches: 100, homeWins: 70);

        agent.Scan(Boards.MatchResultOf("SP1", Boards.KickOff, Book)).Should().BeEmpty();
    }

    private static void Teach(PatternMatcher agent, int matches, int homeWins)
    {
        for (var i = 0; i < matches; i++)
            agent.Learn(Boards.MatchResult(Book), i < homeWins ? new Score(2, 0) : new Score(0, 1));
    }
}
