using CleanPlatform.Domain.Billing.Subscriptions;

namespace CleanPlatform.Application.Billing.Subscriptions.PreviewPlanChange;

/// <summary>
/// A plan change before it is made: when it applies (<c>effectiveAt</c>), the new price per interval, and what is
/// invoiced at once: the lines (none when the change waits for the period's end or happens during a trial), their
/// net, the VAT at <c>vatRate</c> percent and the total.
/// </summary>
public sealed record PlanChangePreviewDto(
    PlanChangeTiming Timing, DateTimeOffset EffectiveAt, string PlanCode, BillingInterval Interval, MoneyDto Price,
    IReadOnlyList<ChargeLineDto> Lines, MoneyDto Net, decimal VatRate, MoneyDto Vat, MoneyDto Total);

/// <summary>One line billed by a change, VAT excluded; a credit is negative.</summary>
public sealed record ChargeLineDto(string Description, MoneyDto Amount);
