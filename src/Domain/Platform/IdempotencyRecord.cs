namespace CleanPlatform.Domain.Platform;

/// <summary>
/// The first response to a request sent with an <c>Idempotency-Key</c>, kept so a retry replays it
/// instead of doing the work again. It is claimed and completed in the first request's own transaction,
/// so it is there exactly when that request's effects are; a pending one is never committed (rows left
/// pending by older versions count as abandoned).
/// </summary>
public sealed class IdempotencyRecord
{
    /// <summary>Longest key accepted.</summary>
    public const int KeyMaxLength = 128;

    /// <summary>Longest caller scope.</summary>
    public const int ScopeMaxLength = 80;

    /// <summary>Longest stored <c>Location</c> header.</summary>
    public const int LocationMaxLength = 2048;

    /// <summary>How long a record is honoured.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private IdempotencyRecord() { }

    /// <summary>Time-ordered id.</summary>
    public Guid Id { get; private set; }

    /// <summary>Who sent it (user or API key), so two callers' keys never collide.</summary>
    public string Scope { get; private set; } = "";

    /// <summary>The client's key.</summary>
    public string Key { get; private set; } = "";

    /// <summary>Hash of method, path and body: the same key with another request is a conflict.</summary>
    public string RequestHash { get; private set; } = "";

    /// <summary>Status of the first response; null while pending.</summary>
    public int? StatusCode { get; private set; }

    /// <summary>Content type of the first response.</summary>
    public string? ContentType { get; private set; }

    /// <summary>Body of the first response.</summary>
    public string? Body { get; private set; }

    /// <summary>The first response's <c>Location</c> header, if it had one.</summary>
    public string? Location { get; private set; }

    /// <summary>When the first request arrived.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the record stops being honoured and may be purged.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>Whether the first response has been stored.</summary>
    public bool IsCompleted => StatusCode is not null;

    /// <summary>Claims a key for a request that is about to run.</summary>
    public static IdempotencyRecord Begin(string scope, string key, string requestHash, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestHash);
        return new IdempotencyRecord
        {
            Id = Guid.CreateVersion7(now),
            Scope = scope,
            Key = key,
            RequestHash = requestHash,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        };
    }

    /// <summary>Whether this record was made for the same request.</summary>
    public bool Matches(string requestHash) => string.Equals(RequestHash, requestHash, StringComparison.Ordinal);

    /// <summary>Stores the first response.</summary>
    public void Complete(int statusCode, string? contentType, string? body, string? location = null)
    {
        StatusCode = statusCode;
        ContentType = contentType;
        Body = body;
        Location = location;
    }
}
