using CleanPlatform.Domain.Betting.Goals;

namespace CleanPlatform.Domain.UnitTests.Betting.Goals;

public sealed class GoalModelTests
{
    public static TheoryData<double, double, double> Rates => new()
    {
        { 1.4, 1.1, 0.0 },
        { 2.6, 0.7, 0.0 },
        { 0.9, 1.8, 0.0 },
        { 1.5, 1.2, -0.1 },
    };

    [Theory]
    [MemberData(nameof(Rates))]
    public void Of_AnyRates_SumsToOne(double home, double away, double rho) =>
        ScoreGrid.Of(home, away, rho).Total.Should().BeApproximately(1.0, 1e-12);

    [Fact]
    public void Of_IndependentPoisson_IsTheProductOfTheMarginals()
    {
        var grid = ScoreGrid.Of(1.3, 0.9);
        var poisson = (double rate, int k) => Math.Exp(-rate) * Math.Pow(rate, k) / Enumerable.Range(1, k).Aggregate(1.0, (f, i) => f * i);
        var covered = Enumerable.Range(0, 11).Sum(k => poisson(1.3, k)) * Enumerable.Range(0, 11).Sum(k => poisson(0.9, k));

        grid[2, 1].Should().BeApproximately(poisson(1.3, 2) * poisson(0.9, 1) / covered, 1e-15);
    }

    [Theory]
    [MemberData(nameof(Rates))]
    public void Fit_PricesFromKnownRates_RecoversThem(double home, double away, double rho)
    {
        var truth = ScoreGrid.Of(home, away, rho);

        var fit = GoalModelFit.Of(MarketsOf(truth), rho);

        fit.Should().NotBeNull();
        fit!.HomeRate.Should().BeApproximately(home, 1e-6);
        fit.AwayRate.Should().BeApproximately(away, 1e-6);
    }

    [Fact]
    public void Fit_HandicapAndTotalsWithout1X2_RecoversTheRates()
    {
        var truth = ScoreGrid.Of(1.7, 0.8);

        var fit = GoalModelFit.Of(MarketsOf(truth).Where(m => m.Market != MarketKind.MatchResult));

        fit!.HomeRate.Should().BeApproximately(1.7, 1e-6);
        fit.AwayRate.Should().BeApproximately(0.8, 1e-6);
    }

    [Fact]
    public void Fit_OneTwoWayMarket_ReturnsNull() =>
        GoalModelFit.Of([new FairMarket(MarketKind.Totals, 2.5m, [0.5, 0.5])]).Should().BeNull();

    [Theory]
    [InlineData(MarketKind.AsianHandicap, Selection.Home, -0.75)]
    [InlineData(MarketKind.AsianHandicap, Selection.Away, 0.75)]
    [InlineData(MarketKind.Totals, Selection.Over, 2.5)]
    [InlineData(MarketKind.Totals, Selection.Under, 3.0)]
    public void FairProbability_AtTheClosesOwnLine_IsItsDevig(MarketKind market, Selection selection, double ownLine)
    {
        // Closing prices with a 3 % margin, made from a known grid: 1X2, the handicap at −0.75 and totals at 2.5 and 3.0.
        var truth = ScoreGrid.Of(1.6, 1.0);
        var closes = MarketsOf(truth).Select(m => FairMarket.Devig(m.Market, m.Line,
            MarketPrices.Of(m.Probabilities.Select(p => (double?)(1.0 / (p * 1.03)))))).ToList();
        var close = closes.Single(m => m.Market == market && m.Line == FairMarket.OwnLine(market, selection, (decimal)ownLine));
        var outcome = FairMarket.OutcomesOf(market).ToList().IndexOf(selection);

        var repriced = LineRepricing.FairProbability(GoalModelFit.Of(closes)!, market, selection, (decimal)ownLine);

        repriced.Should().BeApproximately(close.Probabilities[outcome], 1e-6);
    }

    [Theory]
    [InlineData(-0.75, -0.5, -1.0)]
    [InlineData(-0.25, 0.0, -0.5)]
    [InlineData(0.25, 0.5, 0.0)]
    [InlineData(1.25, 1.5, 1.0)]
    public void FairOdds_QuarterLine_LiesBetweenItsHalves(double quarter, double upper, double lower)
    {
        var grid = ScoreGrid.Of(1.5, 1.1);
        var odds = (double line) => grid.Price(MarketKind.AsianHandicap, Selection.Home, (decimal)line).FairOdds;

        odds(quarter).Should().BeInRange(odds(upper), odds(lower));
    }

    [Fact]
    public void FairOdds_QuarterLine_BreaksEven()
    {
        var price = ScoreGrid.Of(1.5, 1.1).Price(MarketKind.AsianHandicap, Selection.Home, -0.75m);

        price.ExpectedValue(price.FairOdds).Should().BeApproximately(0.0, 1e-15);
        (price.Win + price.HalfWin + price.Push + price.HalfLoss + price.Loss).Should().BeApproximately(1.0, 1e-12);
        price.HalfWin.Should().BeGreaterThan(0.0);
    }

    [Fact]
    public void FairOdds_WholeLine_LeavesThePushOut()
    {
        var price = ScoreGrid.Of(1.5, 1.1).Price(MarketKind.AsianHandicap, Selection.Home, -1m);

        price.FairOdds.Should().BeApproximately((1.0 - price.Push) / price.Win, 1e-12);
    }

    [Theory]
    [InlineData(-0.5, -0.75, -0.75)]
    [InlineData(-0.5, -0.5, null)]
    [InlineData(-2.75, -1.75, null)]
    [InlineData(-0.5, -1.0, -1.0)]
    public void ClosingLineFor_Handicap_IsTheNearestWithinHalfAGoal(double bet, double closing, double? expected) =>
        LineRepricing.ClosingLineFor(MarketKind.AsianHandicap, (decimal)bet, [(decimal)closing, 5m])
            .Should().Be((decimal?)expected);

    /// <summary>The grid's 1X2, home handicaps at −0.75 and 0, totals at 2.5 and 3.0, as fair markets.</summary>
    private static List<FairMarket> MarketsOf(ScoreGrid grid)
    {
        FairMarket TwoWay(MarketKind market, decimal line)
        {
            var first = grid.Price(market, FairMarket.OutcomesOf(market)[0], line).FairProbability;
            return new FairMarket(market, line, [first, 1.0 - first]);
        }

        return
        [
            new FairMarket(MarketKind.MatchResult, 0m, [.. FairMarket.OutcomesOf(MarketKind.MatchResult)
                .Select(s => grid.Price(MarketKind.MatchResult, s, 0m).FairProbability)]),
            TwoWay(MarketKind.AsianHandicap, -0.75m),
            TwoWay(MarketKind.AsianHandicap, 0m),
            TwoWay(MarketKind.Totals, 2.5m),
            TwoWay(MarketKind.Totals, 3.0m),
        ];
    }
}
