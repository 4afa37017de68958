namespace CleanPlatform.Domain.Billing.Subscriptions;

/// <summary>
/// A subscription's periods, from its billing anchor, in the customer's time zone (billing.md §3, §15). The k-th
/// period starts at the anchor's local date and time plus k months (or years), counted from the anchor each time:
/// an anchor on the 29th to 31st falls on the last day of shorter months and comes back after them (31 January,
/// 28 February, 31 March), and a 29 February yearly anchor falls on 28 February in other years. A local start that a
/// daylight-saving change skips moves forward by the gap.
/// </summary>
public static class BillingCalendar
{
    /// <summary>The period of index <paramref name="index"/> (0 is the one that starts at the anchor).</summary>
    /// <exception cref="ArgumentOutOfRangeException">For a negative index.</exception>
    public static BillingPeriod Period(DateTimeOffset anchor, BillingInterval interval, TimeZoneInfo zone, int index)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return new BillingPeriod(Boundary(anchor, interval, zone, index), Boundary(anchor, interval, zone, index + 1));
    }

    /// <summary>The period that contains <paramref name="at"/>.</summary>
    /// <exception cref="Common.DomainException"><c>billing.before_anchor</c> when <paramref name="at"/> is before the anchor.</exception>
    public static BillingPeriod Containing(DateTimeOffset anchor, BillingInterval interval, TimeZoneInfo zone, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (at < anchor)
            throw new Common.DomainException("billing.before_anchor",
                $"{at:O} is before the subscription's billing anchor {anchor:O}.");
        var start = TimeZoneInfo.ConvertTime(anchor, zone);
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var months = (local.Year - start.Year) * 12 + local.Month - start.Month;
        var index = Math.Max(0, interval == BillingInterval.Yearly ? months / 12 : months);
        while (index > 0 && Boundary(anchor, interval, zone, index) > at)
            index--;
        while (Boundary(anchor, interval, zone, index + 1) <= at)
            index++;
        return Period(anchor, interval, zone, index);
    }

    private static DateTimeOffset Boundary(DateTimeOffset anchor, BillingInterval interval, TimeZoneInfo zone, int index)
    {
        var local = TimeZoneInfo.ConvertTime(anchor, zone).DateTime;
        var shifted = interval == BillingInterval.Yearly ? local.AddYears(index) : local.AddMonths(index);
        // A skipped local time is read with the offset before the gap: 02:30 skipped in spring is 03:30 summer time.
        var offset = zone.GetUtcOffset(zone.IsInvalidTime(shifted) ? shifted.AddHours(-3) : shifted);
        return TimeZoneInfo.ConvertTime(new DateTimeOffset(shifted, offset), zone);
    }
}
