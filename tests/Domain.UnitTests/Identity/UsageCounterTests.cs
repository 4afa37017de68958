using CleanPlatform.Domain.Identity;

namespace CleanPlatform.Domain.UnitTests.Identity;

public sealed class UsageCounterTests
{
    [Fact]
    public void First_Period_CountsOneRequestUnderPeriodKey()
    {
        var organizationId = Guid.NewGuid();
        var period = UsagePeriod.Containing(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));

        var counter = UsageCounter.First(organizationId, period);

        counter.Requests.Should().Be(1);
        counter.Period.Should().Be("2026-11").And.HaveLength(UsageCounter.PeriodLength);
        counter.OrganizationId.Should().Be(organizationId);
    }
}
