using CleanPlatform.Domain.Common;

namespace CleanPlatform.Domain.Identity;

/// <summary>
/// One link of a rotating refresh-token family. Each use consumes the token and issues the next; a
/// consumed token presented again means it was stolen, and the whole family is revoked.
/// </summary>
public sealed class RefreshToken : Entity
{
    private RefreshToken() { }

    /// <summary>Owner.</summary>
    public Guid UserId { get; private set; }

    /// <summary>All tokens descending from one login share it.</summary>
    public Guid FamilyId { get; private set; }

    /// <summary>Hash of the token the client holds.</summary>
    public string TokenHash { get; private set; } = "";

    /// <summary>After this the token is refused.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>When the token was exchanged for the next one.</summary>
    public DateTimeOffset? ConsumedAt { get; private set; }

    /// <summary>When the token (or its family) was revoked.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Starts a family at login.</summary>
    public static RefreshToken StartFamily(Guid userId, string tokenHash, DateTimeOffset expiresAt, DateTimeOffset now) =>
        Create(userId, Guid.CreateVersion7(now), tokenHash, expiresAt, now);

    /// <summary>Whether the token can be exchanged now.</summary>
    public bool IsUsable(DateTimeOffset now) => ConsumedAt is null && RevokedAt is null && now < ExpiresAt;

    /// <summary>Consumes this token and returns its successor in the same family.</summary>
    public RefreshToken Rotate(string nextTokenHash, DateTimeOffset nextExpiresAt, DateTimeOffset now)
    {
        if (!IsUsable(now))
            throw new DomainException("refresh_token.unusable", "The refresh token is expired, used or revoked.");
        var next = Create(UserId, FamilyId, nextTokenHash, nextExpiresAt, now);
        ConsumedAt = now;
        return next;
    }

    private static RefreshToken Create(Guid userId, Guid familyId, string tokenHash, DateTimeOffset expiresAt,
        DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenHash);
        return new RefreshToken
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            FamilyId = familyId,
            TokenHash = tokenHash,
            ExpiresAt = expiresAt,
            CreatedAt = now,
        };
    }
}
