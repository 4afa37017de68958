namespace CleanPlatform.Domain.Identity;

/// <summary>How many API requests an organization made in one usage period.</summary>
public sealed class UsageCounter : ITenantOwned
{
    /// <summary>Length of <see cref="UsagePeriod.Key"/>.</summary>
    public const int PeriodLength = 7;

    private UsageCounter() { }

    /// <inheritdoc />
    public Guid OrganizationId { get; private set; }

    /// <summary>The period's key, e.g. <c>2026-11</c>.</summary>
    public string Period { get; private set; } = "";

    /// <summary>Requests counted so far.</summary>
    public long Requests { get; private set; }

    /// <summary>A counter that starts with its first batch of requests.</summary>
    public static UsageCounter Open(Guid organizationId, UsagePeriod period, long requests)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requests);
        return new UsageCounter { OrganizationId = organizationId, Period = period.Key, Requests = requests };
    }
}
