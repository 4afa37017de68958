namespace CleanPlatform.Domain.Billing.Usage;

/// <summary>Aggregates a period's usage events; a period without events gives 0 for every aggregation.</summary>
public static class Meter
{
    public static decimal Aggregate(MeterAggregation aggregation, IReadOnlyCollection<UsageEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
            return 0m;
        return aggregation switch
        {
            MeterAggregation.Sum => events.Sum(e => e.Value),
            MeterAggregation.Max => events.Max(e => e.Value),
            MeterAggregation.Last => events.MaxBy(e => (e.Timestamp, e.IngestedOrder))!.Value,
            MeterAggregation.Count => events.Count,
            MeterAggregation.UniqueCount => events.Where(e => e.Property is not null)
                .Select(e => e.Property).Distinct(StringComparer.Ordinal).Count(),
            _ => throw new ArgumentOutOfRangeException(nameof(aggregation), aggregation, null),
        };
    }
}
