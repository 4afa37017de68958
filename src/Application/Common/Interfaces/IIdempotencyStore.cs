using CleanPlatform.Domain.Platform;

namespace CleanPlatform.Application.Common.Interfaces;

/// <summary>Claims idempotency keys and keeps first responses.</summary>
public interface IIdempotencyStore
{
    /// <summary>
    /// Claims <paramref name="key"/> for a new request, or returns the record already there (finished or
    /// still running) when another request claimed it first.
    /// </summary>
    Task<(bool Claimed, IdempotencyRecord Record)> ClaimAsync(string scope, string key, string requestHash,
        DateTimeOffset now, CancellationToken ct);

    /// <summary>Reads a claimed record again (to wait for a running first request).</summary>
    Task<IdempotencyRecord?> FindAsync(string scope, string key, CancellationToken ct);

    /// <summary>Stores the first response.</summary>
    Task CompleteAsync(Guid recordId, int statusCode, string? contentType, string? body, CancellationToken ct);

    /// <summary>Gives the key back when the first request failed, so a retry runs again.</summary>
    Task ReleaseAsync(Guid recordId, CancellationToken ct);
}
