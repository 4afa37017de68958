namespace CleanPlatform.Domain.Identity;

/// <summary>
/// A key an integrator sends as <c>X-Api-Key</c>. Only a hash of its secret is kept; the prefix finds it.
/// </summary>
public sealed class ApiKey : Entity, IAggregateRoot, ITenantOwned
{
    /// <summary>Longest key name.</summary>
    public const int NameMaxLength = 80;

    /// <summary>Longest lifetime a key with an expiry may be given.</summary>
    public const int MaxLifetimeDays = 3650;

    /// <summary>Length of the lookup prefix.</summary>
    public const int PrefixLength = 12;

    private ApiKey() { }

    /// <inheritdoc />
    public Guid OrganizationId { get; private set; }

    /// <summary>The user the key acts as.</summary>
    public Guid UserId { get; private set; }

    /// <summary>Name given by its owner.</summary>
    public string Name { get; private set; } = "";

    /// <summary>Public lookup prefix (part of the key the user holds).</summary>
    public string Prefix { get; private set; } = "";

    /// <summary>Hash of the secret part.</summary>
    public string SecretHash { get; private set; } = "";

    /// <summary>What the key may do.</summary>
    public ApiKeyScopes Scopes { get; private set; }

    /// <summary>Last time the key authenticated a request, to the minute.</summary>
    public DateTimeOffset? LastUsedAt { get; private set; }

    /// <summary>When the key was revoked; a revoked key authenticates nothing.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>When the key stops working by itself; null for a key that lives until revoked.</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    /// <summary>Whether the key has not been revoked (it may still have expired).</summary>
    public bool IsActive => RevokedAt is null;

    /// <summary>Whether the key may authenticate a request at <paramref name="now"/>.</summary>
    public bool IsUsableAt(DateTimeOffset now) => IsUsable(RevokedAt, ExpiresAt, now);

    /// <summary>The rule itself: a key works until it is revoked or expires, whichever comes first.</summary>
    public static bool IsUsable(DateTimeOffset? revokedAt, DateTimeOffset? expiresAt, DateTimeOffset now) =>
        revokedAt is null && (expiresAt is null || expiresAt > now);

    /// <summary>Issues a key for a user, optionally one that expires.</summary>
    public static ApiKey Issue(Guid organizationId, Guid userId, string name, string prefix, string secretHash,
        ApiKeyScopes scopes, DateTimeOffset now, DateTimeOffset? expiresAt = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        ArgumentException.ThrowIfNullOrWhiteSpace(secretHash);
        if (scopes == ApiKeyScopes.None)
            throw new DomainException("api_key.no_scope", "An API key needs at least one scope.");
        if (expiresAt <= now)
            throw new DomainException("api_key.expiry_in_past", "An API key must expire in the future.");
        return new ApiKey
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            UserId = userId,
            Name = name.Trim(),
            Prefix = prefix,
            SecretHash = secretHash,
            Scopes = scopes,
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
    }

    /// <summary>Revokes the key; revoking twice is a broken rule the caller should hear about.</summary>
    public void Revoke(DateTimeOffset now)
    {
        if (RevokedAt is not null)
            throw new DomainException("api_key.already_revoked", $"API key {Prefix} is already revoked.");
        RevokedAt = now;
    }

    /// <summary>Whether a request using a safe (read) or unsafe (write) method may go ahead under these scopes.</summary>
    public static bool Allows(ApiKeyScopes scopes, bool isSafeMethod) =>
        scopes.HasFlag(ApiKeyScopes.Write) || (isSafeMethod && scopes.HasFlag(ApiKeyScopes.Read));
}
