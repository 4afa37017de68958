using System.Globalization;
using static CleanPlatform.Domain.UnitTests.Betting.Prices;

namespace CleanPlatform.Domain.UnitTests.Betting;

public sealed class KellyTests
{
    private const decimal Bank = 1000m;

    // betting.md §9: p, o, λ (in percent), f_max (in percent), the fraction λ·f* (uncapped), the stake on 1000.
    [Theory]
    [InlineData(0.55, 2.00, 100, 100, 0.100000, "100.00")]
    [InlineData(0.55, 2.00, 25, 100, 0.025000, "25.00")]
    [InlineData(0.30, 4.00, 50, 100, 0.033333, "33.33")]
    [InlineData(0.60, 2.20, 100, 5, 0.266667, "50.00")]
    [InlineData(0.45, 2.00, 100, 100, -0.100000, "0")]
    [InlineData(0.25, 5.00, 25, 100, 0.015625, "15.62")]
    public void Stake_ReferenceVectors_MatchFractionAndStake(double p, double odds, int lambda, int cap,
        double fraction, string stake)
    {
        var candidate = new BetCandidate(p, Price(odds));
        var kelly = new KellyStaking(new Percentage(lambda), new Percentage(cap), Percentage.Hundred);

        ((double)KellyCriterion.Fraction(candidate, new Percentage(lambda))).Should().BeApproximately(fraction, SixDecimals);
        kelly.Stake(Bank, candidate).Should().Be(decimal.Parse(stake, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Fraction_CappedVector_IsFMax()
    {
        var kelly = new KellyStaking(Percentage.Hundred, new Percentage(5), Percentage.Hundred);

        kelly.Fraction(new BetCandidate(0.60, Price(2.20))).Should().Be(0.05m);
    }

    [Fact]
    public void Stake_QuarterKellyAtSixtyPercentOnEvens_IsExactlyFifty()
    {
        var candidate = new BetCandidate(0.60, Price(2.00));

        var stake = KellyCriterion.Fraction(candidate, new Percentage(25)) * Bank;

        stake.Should().Be(50.00m);
        new KellyStaking(new Percentage(25), Percentage.Hundred, Percentage.Hundred).Stake(Bank, candidate).Should().Be(50.00m);
    }

    [Fact]
    public void Fraction_NoEdge_IsNoBet()
    {
        KellyStaking.Default.Fraction(new BetCandidate(0.45, Price(2.00))).Should().Be(0m);
    }

    [Fact]
    public void Default_Parameters_AreQuarterKellyWithFivePercentCap()
    {
        KellyStaking.Default.Multiplier.Should().Be(new Percentage(25));
        KellyStaking.Default.BetCap.Should().Be(new Percentage(5));
        KellyStaking.Default.OpenCap.Should().Be(new Percentage(25));
    }

    [Fact]
    public void Stakes_OpenPlusNewOverOpenCap_ScalesNewBetsProRata()
    {
        var candidates = new[] { new BetCandidate(0.60, Price(2.20)), new BetCandidate(0.55, Price(2.00)) };

        var stakes = KellyStaking.Default.Stakes(Bank, openStakes: 200m, candidates);

        // Capped first (5 % and 2.5 %), then scaled into the 5 % left under F_max: 3.33 % and 1.67 %.
        stakes.Should().Equal(33.33m, 16.66m);
    }

    [Fact]
    public void Stakes_OpenBetsAtOpenCap_AreZero()
    {
        var stakes = KellyStaking.Default.Stakes(Bank, openStakes: 250m, [new BetCandidate(0.60, Price(2.20))]);

        stakes.Should().Equal(0m);
    }

    [Fact]
    public void Scale_WithinOpenCap_KeepsFractions()
    {
        var fractions = SimultaneousStakes.Scale(0.10m, [0.05m, 0.05m], new Percentage(25));

        fractions.Should().Equal(0.05m, 0.05m);
    }
}
