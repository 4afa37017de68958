namespace CleanPlatform.Application.Common.Interfaces;

/// <summary>Counts API requests against the organization's monthly quota.</summary>
public interface IUsageMeter
{
    /// <summary>Counts one request unless the quota is used up; says which, and how many were used.</summary>
    Task<UsageVerdict> CountAsync(Guid organizationId, long monthlyQuota, DateTimeOffset now, CancellationToken ct);
}

/// <summary>Whether a request fits in the quota; when not, how long until the period ends.</summary>
public sealed record UsageVerdict(bool Allowed, long Used, long Quota, long SecondsUntilReset);
