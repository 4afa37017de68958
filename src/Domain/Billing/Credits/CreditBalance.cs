using CleanPlatform.Domain.Common;

namespace CleanPlatform.Domain.Billing.Credits;

/// <summary>What is left of one prepaid credit grant, and when it was granted and expires (never, when null).</summary>
public sealed record CreditBalance(Guid GrantId, Money Remaining, DateTimeOffset GrantedAt, DateTimeOffset? ExpiresAt)
{
    public Guid GrantId { get; } = GrantId;

    public Money Remaining { get; } = Remaining;

    public DateTimeOffset GrantedAt { get; } = GrantedAt;

    public DateTimeOffset? ExpiresAt { get; } = ExpiresAt;

    /// <summary>Whether the grant may still pay at <paramref name="at"/>: from <c>expires_at</c> on it never does.</summary>
    public bool IsLiveAt(DateTimeOffset at) => ExpiresAt is null || at < ExpiresAt;
}
