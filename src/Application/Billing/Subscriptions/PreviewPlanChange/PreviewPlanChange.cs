using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Customers.Common;
using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Application.Billing.Subscriptions.Common;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Subscriptions;

namespace CleanPlatform.Application.Billing.Subscriptions.PreviewPlanChange;

/// <summary>
/// What changing the subscription to a plan and interval would do now (billing.md §3), changing nothing: when it
/// applies, and the lines invoiced at once with their VAT for this customer today.
/// </summary>
[Authorize]
public sealed record PreviewPlanChange(string PlanCode, BillingInterval Interval) : IQuery<PlanChangePreviewDto>;

public sealed class PreviewPlanChangeHandler(
    IBillingDb db, ICurrentUser user, SubscriptionPrices prices, CustomerVat vat, TimeProvider time)
    : IQueryHandler<PreviewPlanChange, PlanChangePreviewDto>
{
    public async ValueTask<PlanChangePreviewDto> Handle(PreviewPlanChange query, CancellationToken cancellationToken)
    {
        var organizationId = user.RequireOrganizationId();
        var subscription = await db.Subscriptions.AsNoTracking().Where(Subscription.IsLive)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Subscription", organizationId);
        var customer = await db.BillingCustomers.AsNoTracking().SingleAsync(cancellationToken);
        var next = await prices.CurrentAsync(query.PlanCode, query.Interval, subscription.Currency, cancellationToken);
        var outcome = subscription.Preview(next, time.GetUtcNow());
        var lines = SubscriptionLines.Change(subscription.Price, next, outcome, subscription.TimeZone);
        var treatment = vat.Of(customer);
        var totals = InvoiceTotals.Of(subscription.Currency, lines.Select(l => new TaxableLine(l.Amount, treatment.Rate)));
        return new PlanChangePreviewDto(outcome.Timing, outcome.EffectiveAt, next.PlanCode, next.Interval,
            MoneyDto.From(next.Amount), [.. lines.Select(l => new ChargeLineDto(l.Description, MoneyDto.From(l.Amount)))],
            MoneyDto.From(totals.LineTotal), Amounts.Trimmed(treatment.Rate.Percent.Value), MoneyDto.From(totals.TaxTotal),
            MoneyDto.From(totals.Total));
    }
}
