namespace CleanPlatform.Domain.UnitTests.Identity;

public sealed class UsageCounterTests
{
    private static readonly UsagePeriod November = UsagePeriod.Containing(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Open_Batch_CountsItUnderPeriodKey()
    {
        var organizationId = Guid.NewGuid();

        var counter = UsageCounter.Open(organizationId, November, 17);

        counter.Requests.Should().Be(17);
        counter.Period.Should().Be("2026-11").And.HaveLength(UsageCounter.PeriodLength);
        counter.OrganizationId.Should().Be(organizationId);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Open_NoRequests_Throws(long requests)
    {
        var act = () => UsageCounter.Open(Guid.NewGuid(), November, requests);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
