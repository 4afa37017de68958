using CleanPlatform.Domain.Betting.Agents;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CleanPlatform.Domain.UnitTests.Betting.Agents;

public sealed class SpreadOptimizerTests
{
    private static readonly SpreadOptimizer Agent = new(AgentRules.Default);

    [Fact]
    public void Scan_BestPriceAboveTheSharpFairOdds_RaisesItWithTheWorstCaseEv()
    {
        var board = Boards.MatchResult(("pinnacle", 2.00m, 3.50m, 3.80m), ("b365", 2.30m, 3.40m, 3.60m), ("bw", 2.10m, 3.40m, 3.70m));

        var signal = Agent.Scan(board).Should().ContainSingle().Subject;

        var worst = Devig.All(MarketPrices.Of(new decimal?[] { 2.00m, 3.50m, 3.80m })).Where(d => d.IsApplicable)
            .Select(d => (Ev: ExpectedValue.Of(new Odds(2.30m), d.Probabilities[0]), d)).MinBy(x => x.Ev);
        signal.Should().BeEquivalentTo(new { Selection = Selection.Home, Bookmaker = "b365", ExpectedValue = worst.Ev, Reference = "pinnacle" });
        signal.Odds.Should().Be(new Odds(2.30m));
        signal.FairProbability.Should().Be(worst.d.Probabilities[0]);
        signal.LowestExpectedValue.Should().Be(worst.Ev);
        signal.Prices.Should().HaveCount(4, "Pinnacle's three prices and the price backed");
    }

    [Fact]
    public void Scan_NoSharpBook_RaisesNothing() =>
        Agent.Scan(Boards.MatchResult(("b365", 3.00m, 3.40m, 3.60m), ("bw", 2.10m, 3.40m, 3.70m))).Should().BeEmpty();

    [Fact]
    public void Scan_AggregatePrice_IsNeverBacked() =>
        Agent.Scan(Boards.MatchResult(("pinnacle", 2.00m, 3.50m, 3.80m), ("max", 2.60m, 3.60m, 3.90m))).Should().BeEmpty();

    // Property: under the worst-case rule, a raised price has EV above θ under every devig method that applies.
    [Property(MaxTest = 200)]
    public Property Scan_WorstCase_NoApplicableMethodRejectsWhatItRaises() =>
        Prop.ForAll(Offers.ToArbitrary(), board =>
            Agent.Scan(board).All(signal =>
            {
                var i = Array.IndexOf(Boards.ThreeWay, signal.Selection);
                return Devig.All(board.QuoteOf("pinnacle")!.Prices).Where(d => d.IsApplicable)
                    .All(d => ExpectedValue.Of(signal.Odds, d.Probabilities[i]) > AgentRules.Default.Threshold);
            }));

    private static Gen<MarketBoard> Offers =>
        from market in BettingGenerators.Markets.Where(m => m.Count == 3)
        from factors in Gen.Choose(90, 125).ArrayOf(3)
        let prices = market.Prices.Select((p, i) => Math.Max(1.01m, Math.Round(p.Value * factors[i] / 100m, 2))).ToArray()
        select Boards.MatchResult(("pinnacle", market.Prices[0].Value, market.Prices[1].Value, market.Prices[2].Value),
            ("b365", prices[0], prices[1], prices[2]));
}
