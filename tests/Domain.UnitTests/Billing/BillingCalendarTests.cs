using CleanPlatform.Domain.Billing.Subscriptions;

namespace CleanPlatform.Domain.UnitTests.Billing;

/// <summary>shared/domain/billing.md §3 and §15: periods from the billing anchor, in the customer's time zone.</summary>
public sealed class BillingCalendarTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public void Period_AnchorOnThe31st_LastDayOfShorterMonthsThenBack()
    {
        var anchor = new DateTimeOffset(2026, 1, 31, 0, 0, 0, TimeSpan.Zero);

        Enumerable.Range(0, 4).Select(i => BillingCalendar.Period(anchor, BillingInterval.Monthly, TimeZoneInfo.Utc, i).Start.Date)
            .Should().Equal(new DateTime(2026, 1, 31), new DateTime(2026, 2, 28), new DateTime(2026, 3, 31), new DateTime(2026, 4, 30));
    }

    [Fact]
    public void Period_YearlyAnchorOn29February_Is28FebruaryInOtherYears()
    {
        var anchor = new DateTimeOffset(2024, 2, 29, 9, 0, 0, TimeSpan.Zero);

        Enumerable.Range(1, 4).Select(i => BillingCalendar.Period(anchor, BillingInterval.Yearly, TimeZoneInfo.Utc, i).Start.Date)
            .Should().Equal(new DateTime(2025, 2, 28), new DateTime(2026, 2, 28), new DateTime(2027, 2, 28), new DateTime(2028, 2, 29));
    }

    [Fact]
    public void Period_CustomersTimeZone_LocalMidnightAcrossDaylightSaving()
    {
        var anchor = new DateTimeOffset(2026, 3, 15, 0, 0, 0, TimeSpan.FromHours(1)); // midnight in Berlin, winter

        var period = BillingCalendar.Period(anchor, BillingInterval.Monthly, Berlin, 0);

        period.End.Should().Be(new DateTimeOffset(2026, 4, 15, 0, 0, 0, TimeSpan.FromHours(2)));
        (period.End - period.Start).Should().Be(TimeSpan.FromDays(31) - TimeSpan.FromHours(1));
    }

    [Fact]
    public void Period_LocalStartSkippedByDaylightSaving_MovesForwardByTheGap()
    {
        var anchor = new DateTimeOffset(2026, 1, 29, 2, 30, 0, TimeSpan.FromHours(1)); // 02:30 in Berlin, winter

        // 02:30 on 29 March 2026 does not exist in Berlin: clocks go from 02:00 to 03:00.
        BillingCalendar.Period(anchor, BillingInterval.Monthly, Berlin, 2).Start
            .Should().Be(new DateTimeOffset(2026, 3, 29, 3, 30, 0, TimeSpan.FromHours(2)));
        BillingCalendar.Period(anchor, BillingInterval.Monthly, Berlin, 3).Start
            .Should().Be(new DateTimeOffset(2026, 4, 29, 2, 30, 0, TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Containing_YearlyTerm_EndsOnTheAnchorsAnniversary()
    {
        // billing.md §3: yearly anchored 2026-01-15, switch to monthly asked 2026-06-01 → it waits for 2027-01-15.
        var anchor = new DateTimeOffset(2026, 1, 15, 0, 0, 0, TimeSpan.Zero);

        BillingCalendar.Containing(anchor, BillingInterval.Yearly, TimeZoneInfo.Utc, new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero))
            .Should().Be(new BillingPeriod(anchor, new DateTimeOffset(2027, 1, 15, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Containing_AtABoundary_IsTheNextPeriod()
    {
        var anchor = new DateTimeOffset(2026, 1, 31, 0, 0, 0, TimeSpan.Zero);
        var boundary = new DateTimeOffset(2026, 2, 28, 0, 0, 0, TimeSpan.Zero);

        var period = BillingCalendar.Containing(anchor, BillingInterval.Monthly, TimeZoneInfo.Utc, boundary);

        period.Start.Should().Be(boundary);
        period.Contains(boundary).Should().BeTrue();
        BillingCalendar.Containing(anchor, BillingInterval.Monthly, TimeZoneInfo.Utc, boundary.AddTicks(-1)).Start.Should().Be(anchor);
    }

    [Fact]
    public void Containing_BeforeTheAnchor_IsRefused()
    {
        var anchor = new DateTimeOffset(2026, 1, 31, 0, 0, 0, TimeSpan.Zero);

        var before = () => BillingCalendar.Containing(anchor, BillingInterval.Monthly, TimeZoneInfo.Utc, anchor.AddSeconds(-1));

        before.Should().Throw<DomainException>().Which.Code.Should().Be("billing.before_anchor");
    }
}
