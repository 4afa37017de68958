using static CleanPlatform.Domain.UnitTests.Betting.Prices;

namespace CleanPlatform.Domain.UnitTests.Betting;

public sealed class DevigTests
{
    [Theory]
    [MemberData(nameof(DevigVectors.Expected), MemberType = typeof(DevigVectors))]
    public void Apply_ReferenceVectors_MatchProbabilitiesAndParameterToSixDecimals(double[] odds, DevigMethod method,
        double[] expected, double? parameter)
    {
        var result = Devig.Apply(Market(odds), method);

        result.Status.Should().Be(DevigStatus.Applicable);
        result.Method.Should().Be(method);
        result.Probabilities.Should().Equal(expected, (actual, wanted) => Math.Abs(actual - wanted) < SixDecimals);
        if (parameter is null)
            result.Parameter.Should().BeNull();
        else
            result.Parameter.Should().BeApproximately(parameter.Value, SixDecimals);
    }

    [Theory]
    [MemberData(nameof(DevigVectors.Markets), MemberType = typeof(DevigVectors))]
    public void All_ReferenceMarkets_SumToOneWithinTolerance(double[] odds)
    {
        var results = Devig.All(Market(odds));

        results.Should().AllSatisfy(r => Math.Abs(r.Probabilities.Sum() - 1.0).Should().BeLessThan(Devig.Tolerance));
    }

    [Theory]
    [MemberData(nameof(DevigVectors.Markets), MemberType = typeof(DevigVectors))]
    public void Forward_ReferenceMarkets_ReproducesEveryImpliedProbability(double[] odds)
    {
        var market = Market(odds);

        var errors = Devig.All(market).Select(r => ForwardError(r, market));

        errors.Should().AllSatisfy(error => error.Should().BeLessThan(Devig.Tolerance));
    }

    [Theory]
    [MemberData(nameof(DevigVectors.ThreeWayMarkets), MemberType = typeof(DevigVectors))]
    public void FixedPointZ_ThreeWayReferenceMarkets_EqualsBisection(double[] odds)
    {
        var market = Market(odds);

        ShinDevig.FixedPointZ(market).Should().BeApproximately(ParametricDevig.Shin.Bisect(market), Devig.Tolerance);
    }

    [Fact]
    public void Apply_AdditiveOnLongShot_IsInvalidNotClipped()
    {
        var market = Market(1.01, 26.00, 81.00);

        var result = Devig.Apply(market, DevigMethod.Additive);

        result.Status.Should().Be(DevigStatus.Invalid);
        result.Reason.Should().Be("devig.probability_not_positive");
        result.Probabilities.Should().BeEmpty();
        AdditiveDevig.Probabilities(market)[2].Should().BeApproximately(-0.001290, SixDecimals);
    }

    [Theory]
    [InlineData(2.10, 2.10)]
    [InlineData(2.00, 2.00)]
    [InlineData(2.20, 3.60, 4.50)]
    public void All_ArbitrageBook_OnlyMultiplicativeApplies(params double[] odds)
    {
        var results = Devig.All(Market(odds));

        results.Where(r => r.IsApplicable).Select(r => r.Method).Should().Equal(DevigMethod.Multiplicative);
        results.Where(r => !r.IsApplicable).Should().AllSatisfy(r =>
        {
            r.Status.Should().Be(DevigStatus.NotApplicable);
            r.Reason.Should().Be("devig.arbitrage_book");
        });
    }

    [Fact]
    public void Forward_NotApplicableResult_Throws()
    {
        var market = Market(2.10, 2.10);
        var refused = Devig.Apply(market, DevigMethod.Power);

        var act = () => Devig.Forward(refused, market);

        act.Should().Throw<ArgumentException>();
    }

    internal static double ForwardError(DevigResult result, MarketPrices market) =>
        Devig.Forward(result, market).Zip(market.ImpliedProbabilities, (back, pi) => Math.Abs(back - pi)).Max();
}
