namespace CleanPlatform.Domain.Billing.Usage;

/// <summary>
/// A metering event an organization reported and the platform accepted (billing.md §8, §15): its id, unique per
/// organization (a repeat is a no-op), the meter it counts towards, its value (0 or more), when it happened, the
/// value of the meter's property if the meter counts distinct values, and the order it was ingested in (the tie-break
/// of <see cref="MeterAggregation.Last"/>).
/// </summary>
public sealed class UsageRecord : Entity, ITenantOwned
{
    /// <summary>Longest event id.</summary>
    public const int EventIdMaxLength = 128;

    /// <summary>Longest meter code.</summary>
    public const int MeterMaxLength = 64;

    /// <summary>Longest property value.</summary>
    public const int PropertyMaxLength = 128;

    /// <summary>The largest value one event carries.</summary>
    public const decimal MaxValue = 1_000_000_000_000m;

    /// <summary>The most decimals a value has.</summary>
    public const int ValueDecimals = 4;

    private UsageRecord() { }

    /// <inheritdoc />
    public Guid OrganizationId { get; private set; }

    public string EventId { get; private set; } = "";

    public string Meter { get; private set; } = "";

    public decimal Value { get; private set; }

    public DateTimeOffset Timestamp { get; private set; }

    public string? Property { get; private set; }

    public long IngestedOrder { get; private set; }

    /// <summary>The event as the meters aggregate it.</summary>
    public UsageEvent Event => new(Value, Timestamp, IngestedOrder, Property);

    /// <exception cref="DomainException"><c>usage.value_invalid</c> for a value below 0, above the maximum or with too many decimals.</exception>
    public static UsageRecord Accept(Guid organizationId, string eventId, string meter, decimal value,
        DateTimeOffset timestamp, string? property, long ingestedOrder, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        ArgumentException.ThrowIfNullOrWhiteSpace(meter);
        if (value < 0m || value > MaxValue || decimal.Round(value, ValueDecimals) != value)
            throw new DomainException("usage.value_invalid",
                $"A usage value is from 0 to {MaxValue} with at most {ValueDecimals} decimals.");
        return new UsageRecord
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            EventId = eventId,
            Meter = meter,
            Value = value,
            Timestamp = timestamp.ToUniversalTime(),
            Property = property,
            IngestedOrder = ingestedOrder,
            CreatedAt = now,
        };
    }
}
