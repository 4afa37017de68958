namespace CleanPlatform.Domain.Identity;

/// <summary>
/// One link of a rotating refresh-token family. Each use consumes the token and issues the next; a
/// consumed token presented again means it was stolen, and the whole family is revoked, unless it comes
/// within a short grace window after the rotation (two tabs refreshing at once). A family never outlives
/// <see cref="SessionEndsAt"/>, however often it rotates.
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

    /// <summary>The session's absolute end, set at login: no token of the family lives past it.</summary>
    public DateTimeOffset SessionEndsAt { get; private set; }

    /// <summary>Starts a family at login; the session ends at <paramref name="sessionEndsAt"/> whatever happens.</summary>
    public static RefreshToken StartFamily(Guid userId, string tokenHash, DateTimeOffset expiresAt, DateTimeOffset now,
        DateTimeOffset sessionEndsAt) =>
        Create(userId, Guid.CreateVersion7(now), tokenHash, expiresAt, sessionEndsAt, now);

    /// <summary>Whether the token can be exchanged now.</summary>
    public bool IsUsable(DateTimeOffset now) => ConsumedAt is null && RevokedAt is null && now < ExpiresAt;

    /// <summary>
    /// Whether the token was exchanged no longer than <paramref name="grace"/> ago and nothing revoked it
    /// since: presenting it again then is a second tab, not a thief, and gets the same successor.
    /// </summary>
    public bool WasRotatedWithin(DateTimeOffset now, TimeSpan grace) =>
        ConsumedAt is { } consumedAt && RevokedAt is null && now - consumedAt <= grace;

    /// <summary>Consumes this token and returns its successor in the same family, never outliving the session.</summary>
    public RefreshToken Rotate(string nextTokenHash, DateTimeOffset nextExpiresAt, DateTimeOffset now)
    {
        if (!IsUsable(now))
            throw new DomainException("refresh_token.unusable", "The refresh token is expired, used or revoked.");
        var next = Create(UserId, FamilyId, nextTokenHash, nextExpiresAt, SessionEndsAt, now);
        ConsumedAt = now;
        return next;
    }

    private static RefreshToken Create(Guid userId, Guid familyId, string tokenHash, DateTimeOffset expiresAt,
        DateTimeOffset sessionEndsAt, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenHash);
        return new RefreshToken
        {
            Id = Guid.CreateVersion7(now),
            UserId = userId,
            FamilyId = familyId,
            TokenHash = tokenHash,
            ExpiresAt = expiresAt < sessionEndsAt ? expiresAt : sessionEndsAt,
            SessionEndsAt = sessionEndsAt,
            CreatedAt = now,
        };
    }
}
