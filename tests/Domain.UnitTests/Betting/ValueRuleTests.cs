using static CleanPlatform.Domain.UnitTests.Betting.Prices;

namespace CleanPlatform.Domain.UnitTests.Betting;

public sealed class ValueRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);
    private static readonly ValueRule Rule = new(ValueRule.DefaultThreshold, TimeSpan.FromMinutes(10));

    [Fact]
    public void IsValue_EvExactlyAtThreshold_IsFalse()
    {
        Rule.IsValue(Price(2.04), 0.5).Should().BeFalse();
    }

    [Fact]
    public void IsValue_EvAboveThreshold_IsTrue()
    {
        Rule.IsValue(Price(2.05), 0.5).Should().BeTrue();
    }

    [Fact]
    public void IsFresh_AgeExactlyAtLimit_IsTrue()
    {
        Rule.IsFresh(Now.AddMinutes(-10), Now).Should().BeTrue();
    }

    [Fact]
    public void IsFresh_AgeOverLimit_IsFalse()
    {
        Rule.IsFresh(Now.AddMinutes(-10).AddTicks(-1), Now).Should().BeFalse();
    }

    [Fact]
    public void Raises_ValueOnStaleProbability_IsFalse()
    {
        Rule.Raises(Price(2.50), 0.5, Now.AddHours(-1), Now).Should().BeFalse();
    }

    [Fact]
    public void Raises_ValueOnFreshProbability_IsTrue()
    {
        Rule.Raises(Price(2.50), 0.5, Now.AddMinutes(-5), Now).Should().BeTrue();
    }

    [Fact]
    public void IsValueUnderEveryMethod_OneMethodRejects_IsFalse()
    {
        var devigs = Devig.All(Market(DevigVectors.D3));
        var multiplicative = devigs.Single(d => d.Method == DevigMethod.Multiplicative).Probabilities[2];

        var flagged = Rule.IsValueUnderEveryMethod(Price(17.00), devigs, 2);

        flagged.Should().BeFalse();
        Rule.IsValue(Price(17.00), multiplicative).Should().BeTrue();
    }

    [Fact]
    public void IsValueUnderEveryMethod_EveryMethodAccepts_IsTrue()
    {
        var devigs = Devig.All(Market(DevigVectors.D3));

        Rule.IsValueUnderEveryMethod(Price(1.30), devigs, 0).Should().BeTrue();
    }
}
