using CleanPlatform.Domain.Billing.Usage;

namespace CleanPlatform.Domain.UnitTests.Billing;

/// <summary>billing.md §8: a metering event's value is 0 or more; the record keeps it as the meters aggregate it.</summary>
public sealed class UsageRecordTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("-0.0001")]
    [InlineData("1.00001")]
    [InlineData("1000000000000.0001")]
    public void Accept_AValueOutOfRange_IsRefused(string value)
    {
        var act = () => UsageRecord.Accept(Guid.NewGuid(), "e1", "odds_requests",
            decimal.Parse(value, CultureInfo.InvariantCulture), Now, null, 1, Now);

        act.Should().Throw<DomainException>().Where(e => e.Code == "usage.value_invalid");
    }

    [Fact]
    public void Accept_KeepsTheEventInUtc_AsTheMetersReadIt()
    {
        var record = UsageRecord.Accept(Guid.NewGuid(), "e1", "active_advisors", 0m,
            new DateTimeOffset(2026, 6, 1, 11, 0, 0, TimeSpan.FromHours(2)), "adv-1", 42, Now);

        record.Event.Should().Be(new UsageEvent(0m, Now, 42, "adv-1"));
        record.Timestamp.Offset.Should().Be(TimeSpan.Zero);
    }
}
