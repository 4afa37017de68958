using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Application.Billing.Usage.Common;
using CleanPlatform.Domain.Billing.Usage;
using Microsoft.Extensions.Options;

namespace CleanPlatform.Application.Billing.Usage.GetMeteredUsage;

/// <summary>
/// The caller's organization's usage in the current billing period, per meter, aggregated as billing.md §8 and §15
/// say: every configured meter, 0 for one without events.
/// </summary>
[Authorize]
public sealed record GetMeteredUsage : IQuery<MeteredUsageDto>;

/// <summary>Usage in one billing period, <c>[periodStart, periodEnd)</c>.</summary>
/// <param name="PeriodStart">When the period began.</param>
/// <param name="PeriodEnd">When it ends.</param>
/// <param name="Meters">Each meter's quantity so far, in code order.</param>
public sealed record MeteredUsageDto(DateTimeOffset PeriodStart, DateTimeOffset PeriodEnd, IReadOnlyList<MeterUsageDto> Meters);

/// <summary>One meter's quantity so far in the period.</summary>
/// <param name="Meter">The meter's code.</param>
/// <param name="Name">What it measures.</param>
/// <param name="Unit">What one unit is.</param>
/// <param name="Aggregation">How the period's events make the quantity.</param>
/// <param name="Quantity">The aggregate of the period's events so far.</param>
/// <param name="Events">How many events were accepted in the period.</param>
public sealed record MeterUsageDto(string Meter, string Name, string Unit, MeterAggregation Aggregation, decimal Quantity, int Events);

public sealed class GetMeteredUsageHandler(IBillingDb db, ICurrentUser user, IOptions<BillingMeterOptions> meters, TimeProvider time)
    : IQueryHandler<GetMeteredUsage, MeteredUsageDto>
{
    public async ValueTask<MeteredUsageDto> Handle(GetMeteredUsage query, CancellationToken cancellationToken)
    {
        var period = await UsagePeriods.CurrentAsync(db, user.RequireOrganizationId(), time.GetUtcNow(), cancellationToken);
        var inPeriod = db.UsageRecords.Where(r => r.Timestamp >= period.Start && r.Timestamp < period.End);
        var totals = await inPeriod.GroupBy(r => r.Meter)
            .Select(g => new { Meter = g.Key, Sum = g.Sum(r => r.Value), Max = g.Max(r => r.Value), Count = g.Count() })
            .ToDictionaryAsync(t => t.Meter, StringComparer.Ordinal, cancellationToken);
        var result = new List<MeterUsageDto>();
        foreach (var (code, meter) in meters.Value.Meters.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            var total = totals.GetValueOrDefault(code);
            var quantity = total is null ? 0m : meter.Aggregation switch
            {
                MeterAggregation.Sum => total.Sum,
                MeterAggregation.Max => total.Max,
                MeterAggregation.Count => total.Count,
                MeterAggregation.UniqueCount => await inPeriod.Where(r => r.Meter == code && r.Property != null)
                    .Select(r => r.Property).Distinct().CountAsync(cancellationToken),
                _ => await inPeriod.Where(r => r.Meter == code).OrderByDescending(r => r.Timestamp)
                    .ThenByDescending(r => r.IngestedOrder).Select(r => r.Value).FirstAsync(cancellationToken),
            };
            result.Add(new MeterUsageDto(code, meter.Name, meter.Unit, meter.Aggregation, Amounts.Trimmed(quantity), total?.Count ?? 0));
        }

        return new MeteredUsageDto(period.Start, period.End, result);
    }
}
