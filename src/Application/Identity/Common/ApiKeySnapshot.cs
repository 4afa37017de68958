namespace CleanPlatform.Application.Identity.Common;

/// <summary>An API key as authentication needs it; the secret only as its hash.</summary>
public sealed record ApiKeySnapshot(Guid Id, Guid UserId, Guid OrganizationId, string SecretHash, ApiKeyScopes Scopes,
    DateTimeOffset? RevokedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? LastUsedAt)
{
    /// <summary>Whether the key may authenticate at <paramref name="now"/>.</summary>
    public bool IsUsableAt(DateTimeOffset now) => ApiKey.IsUsable(RevokedAt, ExpiresAt, now);
}
