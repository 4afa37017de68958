using static CleanPlatform.Domain.UnitTests.Betting.Prices;

namespace CleanPlatform.Domain.UnitTests.Betting;

public sealed class StakeSuggestionTests
{
    private const decimal Bank = 1000m;

    // betting.md §9 on an empty book, with a cap high enough not to bite unless the vector says so: p, o, λ %, f_max %, stake.
    [Theory]
    [InlineData(0.55, 2.00, 100, 100, "100.00")]
    [InlineData(0.55, 2.00, 25, 100, "25.00")]
    [InlineData(0.30, 4.00, 50, 100, "33.33")]
    [InlineData(0.60, 2.20, 100, 5, "50.00")]
    [InlineData(0.45, 2.00, 100, 100, "0")]
    [InlineData(0.25, 5.00, 25, 100, "15.62")]
    public void For_ReferenceVectors_SuggestTheVectorsStake(double p, double odds, int lambda, int cap, string stake)
    {
        var staking = new KellyStaking(new Percentage(lambda), new Percentage(cap), Percentage.Hundred);

        var suggestion = StakeSuggestion.For(staking, new BetCandidate(p, Price(odds)), Bank, 0m);

        suggestion.Stake.Should().Be(decimal.Parse(stake, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void For_QuarterKellyAtSixtyPercentOnEvens_IsExactlyFiftyWithEachStep()
    {
        var suggestion = StakeSuggestion.For(KellyStaking.Default, new BetCandidate(0.60, Price(2.00)), Bank, 0m);

        suggestion.Should().Be(new StakeSuggestion(FullKelly: 0.2m, FractionalKelly: 0.05m, Capped: 0.05m, Scaled: 0.05m,
            OpenShare: 0m, BankrollUsed: 1000m, Stake: 50.00m, Edge: 0.1m, ExpectedValue: 0.2m));
    }

    [Fact]
    public void For_OpenStakesNearTheOpenCap_ScalesTheNewFractionToWhatIsLeft()
    {
        var suggestion = StakeSuggestion.For(KellyStaking.Default, new BetCandidate(0.60, Price(2.00)), Bank, 220m);

        suggestion.Should().BeEquivalentTo(new { Capped = 0.05m, OpenShare = 0.22m, Scaled = 0.03m, BankrollUsed = 780m, Stake = 23.40m });
    }

    [Fact]
    public void For_OpenStakesAtTheOpenCap_SuggestsNothing()
    {
        var suggestion = StakeSuggestion.For(KellyStaking.Default, new BetCandidate(0.60, Price(2.00)), Bank, 250m);

        suggestion.Should().BeEquivalentTo(new { Capped = 0.05m, Scaled = 0m, Stake = 0m });
    }

    [Fact]
    public void For_NoEdge_SuggestsNothingButShowsTheNegativeKelly()
    {
        var suggestion = StakeSuggestion.For(KellyStaking.Default, new BetCandidate(0.45, Price(2.00)), Bank, 0m);

        suggestion.Should().BeEquivalentTo(new { FullKelly = -0.1m, Capped = 0m, Stake = 0m, ExpectedValue = -0.1m });
    }

    [Fact]
    public void For_BankrollLost_SuggestsNothing()
    {
        var suggestion = StakeSuggestion.For(KellyStaking.Default, new BetCandidate(0.60, Price(2.00)), -5m, 0m);

        suggestion.Should().BeEquivalentTo(new { Scaled = 0m, BankrollUsed = 0m, Stake = 0m });
    }
}
