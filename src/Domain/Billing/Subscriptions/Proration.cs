using CleanPlatform.Domain.Common;

namespace CleanPlatform.Domain.Billing.Subscriptions;

/// <summary>
/// The two lines a mid-period change bills (billing.md §3): a credit for the old price's unused time and a charge
/// for the new price's remaining time, each rounded on its own. Either may be 0.00, and is kept on the document.
/// </summary>
public sealed record Proration(Money UnusedTimeCredit, Money RemainingTimeCharge)
{
    public Money UnusedTimeCredit { get; } = UnusedTimeCredit;

    public Money RemainingTimeCharge { get; } = RemainingTimeCharge;

    /// <summary>What the two lines come to (before VAT).</summary>
    public Money Net => UnusedTimeCredit + RemainingTimeCharge;

    /// <summary>
    /// Second-based: the share of the period left at <paramref name="changeAt"/>,
    /// f = (end − change) / (end − start), applied to each price: −round(old × f) and +round(new × f).
    /// </summary>
    /// <exception cref="DomainException"><c>proration.outside_period</c> unless start ≤ change ≤ end and start &lt; end.</exception>
    public static Proration BySecond(Money oldPrice, Money newPrice, DateTimeOffset periodStart, DateTimeOffset periodEnd,
        DateTimeOffset changeAt)
    {
        if (periodStart >= periodEnd || changeAt < periodStart || changeAt > periodEnd)
            throw new DomainException("proration.outside_period",
                $"A change at {changeAt:O} is not within the period [{periodStart:O}, {periodEnd:O}).");
        var remaining = (decimal)(periodEnd - changeAt).Ticks;
        var whole = (decimal)(periodEnd - periodStart).Ticks;
        return Of(oldPrice, newPrice, remaining, whole);
    }

    /// <summary>
    /// Day-based (<c>proration=day</c>): f = (end date − change date) / days in the period, the change day counting as
    /// remaining. Dates are calendar dates in the customer's time zone (billing.md §15).
    /// </summary>
    /// <exception cref="DomainException"><c>proration.outside_period</c> unless start ≤ change ≤ end and start &lt; end.</exception>
    public static Proration ByDay(Money oldPrice, Money newPrice, DateOnly periodStart, DateOnly periodEnd, DateOnly changeOn)
    {
        if (periodStart >= periodEnd || changeOn < periodStart || changeOn > periodEnd)
            throw new DomainException("proration.outside_period",
                $"A change on {changeOn:O} is not within the period [{periodStart:O}, {periodEnd:O}).");
        return Of(oldPrice, newPrice, periodEnd.DayNumber - changeOn.DayNumber, periodEnd.DayNumber - periodStart.DayNumber);
    }

    /// <summary>
    /// Monthly to yearly, at once (billing.md §3): the unused monthly time is credited and the full yearly price
    /// charged; the new period starts at the change.
    /// </summary>
    public static Proration ToYearly(Money monthlyPrice, Money yearlyPrice, DateTimeOffset periodStart,
        DateTimeOffset periodEnd, DateTimeOffset changeAt)
    {
        ArgumentNullException.ThrowIfNull(yearlyPrice);
        var credit = BySecond(monthlyPrice, Money.Zero(yearlyPrice.Currency), periodStart, periodEnd, changeAt).UnusedTimeCredit;
        return new Proration(credit, yearlyPrice);
    }

    // price × remaining / whole, multiplied before dividing so that no share is rounded before the amount is.
    private static Proration Of(Money oldPrice, Money newPrice, decimal remaining, decimal whole)
    {
        ArgumentNullException.ThrowIfNull(oldPrice);
        ArgumentNullException.ThrowIfNull(newPrice);
        return new Proration(
            -new Money(oldPrice.Amount * remaining / whole, oldPrice.Currency),
            new Money(newPrice.Amount * remaining / whole, newPrice.Currency));
    }
}
