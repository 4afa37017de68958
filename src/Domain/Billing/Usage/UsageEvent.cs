namespace CleanPlatform.Domain.Billing.Usage;

/// <summary>
/// An accepted metering event: its value (0 or more), when it happened, the order it was ingested in, and the value
/// of the meter's property for <see cref="MeterAggregation.UniqueCount"/>.
/// </summary>
public sealed record UsageEvent(decimal Value, DateTimeOffset Timestamp, long IngestedOrder, string? Property = null)
{
    public decimal Value { get; } = Value;

    public DateTimeOffset Timestamp { get; } = Timestamp;

    public long IngestedOrder { get; } = IngestedOrder;

    public string? Property { get; } = Property;
}
