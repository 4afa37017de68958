using CleanPlatform.Application.Billing.Usage.Common;
using CleanPlatform.Domain.Billing.Usage;
using Microsoft.Extensions.Options;

namespace CleanPlatform.Application.Billing.Usage.RecordUsage;

public sealed class RecordUsageValidator : AbstractValidator<RecordUsage>
{
    /// <summary>How far ahead of the server's clock an event may be (clocks drift).</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public RecordUsageValidator(IOptions<BillingMeterOptions> meters, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var configured = meters.Value.Meters;
        RuleFor(x => x.Events).NotEmpty().Must(e => e.Count <= RecordUsage.MaxEvents)
            .WithMessage($"A request carries at most {RecordUsage.MaxEvents} events.");
        RuleForEach(x => x.Events).NotNull().ChildRules(e =>
        {
            e.RuleFor(x => x.EventId).NotEmpty().MaximumLength(UsageRecord.EventIdMaxLength)
                .Must(id => id.All(c => c is > ' ' and <= '~')).WithMessage("An event id is printable ASCII without spaces.");
            e.RuleFor(x => x.Meter).NotEmpty().Must(configured.ContainsKey)
                .WithMessage(x => $"No meter '{x.Meter}': GET /api/v1/billing/meters lists them.");
            e.RuleFor(x => x.Value).InclusiveBetween(0m, UsageRecord.MaxValue)
                .Must(v => decimal.Round(v, UsageRecord.ValueDecimals) == v)
                .WithMessage($"A value has at most {UsageRecord.ValueDecimals} decimals.");
            e.RuleFor(x => x.Timestamp).Must(at => at <= time.GetUtcNow() + ClockSkew)
                .WithMessage("An event cannot happen in the future.");
            e.RuleFor(x => x.Property).MaximumLength(UsageRecord.PropertyMaxLength);
            e.RuleFor(x => x.Property).NotEmpty()
                .When(x => configured.TryGetValue(x.Meter ?? "", out var meter) && meter.Aggregation == MeterAggregation.UniqueCount)
                .WithMessage(x => $"The meter '{x.Meter}' counts distinct values of {configured[x.Meter].Property}: the event needs one.");
        });
    }
}
