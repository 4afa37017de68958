using System.Globalization;
using static CleanPlatform.Domain.UnitTests.Betting.Prices;

namespace CleanPlatform.Domain.UnitTests.Betting;

public sealed class StakingPlanTests
{
    private static readonly BetCandidate Candidate = new(0.5, Price(2.10));

    [Fact]
    public void Flat_AnyBankroll_StakesTheSameAmount()
    {
        var plan = new FlatStaking(10m);

        plan.Stake(50m, Candidate).Should().Be(10m);
        plan.Stake(5000m, Candidate).Should().Be(10m);
    }

    [Fact]
    public void Percentage_Bankroll_StakesItsShareRoundedDown()
    {
        var plan = new PercentageStaking(new Percentage(1));

        plan.Stake(1234.56m, Candidate).Should().Be(12.34m);
    }

    [Theory]
    [InlineData("15.625", "15.62")]
    [InlineData("49.999", "49.99")]
    [InlineData("50", "50")]
    public void RoundDown_Amount_CutsToTheCent(string amount, string expected)
    {
        Cents.RoundDown(decimal.Parse(amount, CultureInfo.InvariantCulture))
            .Should().Be(decimal.Parse(expected, CultureInfo.InvariantCulture));
    }
}
