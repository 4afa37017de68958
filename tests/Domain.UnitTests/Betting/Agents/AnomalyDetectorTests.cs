using CleanPlatform.Domain.Betting.Agents;

namespace CleanPlatform.Domain.UnitTests.Betting.Agents;

public sealed class AnomalyDetectorTests
{
    private static readonly AnomalyDetector Agent = new(AgentRules.Default);

    [Fact]
    public void Scan_OnePriceFarAboveTheOthers_RaisesItAgainstTheOthersConsensus()
    {
        var board = Boards.MatchResult(("pinnacle", 2.00m, 3.50m, 3.80m), ("bw", 2.05m, 3.40m, 3.70m),
            ("iw", 2.02m, 3.45m, 3.75m), ("wh", 2.04m, 3.40m, 3.80m), ("b365", 2.30m, 3.40m, 3.60m));

        var signal = Agent.Scan(board).Should().ContainSingle().Subject;

        var others = new[] { (2.00m, 3.50m, 3.80m), (2.05m, 3.40m, 3.70m), (2.02m, 3.45m, 3.75m), (2.04m, 3.40m, 3.80m) };
        var consensus = others.Average(o => MultiplicativeDevig.Probabilities(MarketPrices.Of(new decimal?[] { o.Item1, o.Item2, o.Item3 }))[0]);
        signal.Should().BeEquivalentTo(new { Selection = Selection.Home, Bookmaker = "b365", Method = DevigMethod.Multiplicative });
        signal.FairProbability.Should().BeApproximately(consensus, 1e-12);
        signal.ExpectedValue.Should().Be(ExpectedValue.Of(new Odds(2.30m), signal.FairProbability));
        signal.Prices.Should().HaveCount(5, "every book's home price");
        signal.Reasons.Should().Contain("z ");
    }

    [Fact]
    public void Scan_FewerThanThreeOtherBooks_RaisesNothing() =>
        Agent.Scan(Boards.MatchResult(("pinnacle", 2.00m, 3.50m, 3.80m), ("bw", 2.05m, 3.40m, 3.70m), ("b365", 2.60m, 3.40m, 3.60m)))
            .Should().BeEmpty();

    [Fact]
    public void Scan_HighPriceWithinTheOthersSpread_IsNoAnomaly() =>
        Agent.Scan(Boards.MatchResult(("pinnacle", 2.00m, 3.50m, 3.80m), ("bw", 2.30m, 3.40m, 3.70m),
                ("iw", 1.90m, 3.45m, 3.75m), ("wh", 2.20m, 3.40m, 3.80m), ("b365", 2.25m, 3.40m, 3.60m)))
            .Should().BeEmpty();
}
