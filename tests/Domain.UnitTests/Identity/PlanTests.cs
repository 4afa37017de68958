namespace CleanPlatform.Domain.UnitTests.Identity;

public sealed class PlanTests
{
    [Fact]
    public void Define_PositiveSizes_KeepsCodeAndSizes()
    {
        var plan = Plan.Define(Plan.Pro, 600, 1_000_000);

        plan.Code.Should().Be(Plan.Pro);
        plan.RequestsPerMinute.Should().Be(600);
        plan.MonthlyQuota.Should().Be(1_000_000);
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(-1, 100)]
    [InlineData(60, 0)]
    [InlineData(60, -5)]
    public void Define_NonPositiveSize_ThrowsArgumentOutOfRange(int requestsPerMinute, long monthlyQuota)
    {
        var act = () => Plan.Define(Plan.Free, requestsPerMinute, monthlyQuota);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Define_BlankCode_ThrowsArgumentException(string code)
    {
        var act = () => Plan.Define(code, 60, 100);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Resize_PositiveSizes_ReplacesSizes()
    {
        var plan = Plan.Define(Plan.Free, 60, 10_000);

        plan.Resize(120, 20_000);

        plan.RequestsPerMinute.Should().Be(120);
        plan.MonthlyQuota.Should().Be(20_000);
    }

    [Theory]
    [InlineData(0, 20_000)]
    [InlineData(120, 0)]
    [InlineData(-120, -1)]
    public void Resize_NonPositiveSize_ThrowsAndKeepsOldSizes(int requestsPerMinute, long monthlyQuota)
    {
        var plan = Plan.Define(Plan.Free, 60, 10_000);

        var act = () => plan.Resize(requestsPerMinute, monthlyQuota);

        act.Should().Throw<ArgumentOutOfRangeException>();
        plan.RequestsPerMinute.Should().Be(60);
        plan.MonthlyQuota.Should().Be(10_000);
    }
}
