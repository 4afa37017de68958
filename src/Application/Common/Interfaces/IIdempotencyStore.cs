using CleanPlatform.Domain.Platform;

namespace CleanPlatform.Application.Common.Interfaces;

/// <summary>
/// Keeps first responses of idempotent requests. A key is claimed in the request's own unit of work and
/// completed in it, so the stored response commits with the command's effects, or neither does.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>The committed record of this key, if any.</summary>
    Task<IdempotencyRecord?> FindAsync(string scope, string key, CancellationToken ct);

    /// <summary>Deletes this key's record when it expired or was left pending: neither counts.</summary>
    Task RemoveStaleAsync(string scope, string key, DateTimeOffset now, CancellationToken ct);

    /// <summary>
    /// Opens the request's transaction and claims the key in it; commands the request runs join that
    /// transaction, and the caller commits it. While another request holds the key uncommitted this waits up
    /// to <paramref name="wait"/>, then says <see cref="IdempotencyClaim.Busy"/>; <see cref="IdempotencyClaim.Taken"/>
    /// when another request committed it first. Only a claim comes with a transaction.
    /// </summary>
    Task<IdempotencyClaimResult> ClaimInRequestAsync(string scope, string key, string requestHash,
        DateTimeOffset now, TimeSpan wait, CancellationToken ct);

    /// <summary>Stores the first response in the request's unit of work (it commits with the command).</summary>
    Task CompleteInRequestAsync(IdempotencyRecord record, int statusCode, string? contentType, string? body,
        string? location, CancellationToken ct);
}

/// <summary>What claiming an idempotency key found.</summary>
public enum IdempotencyClaim
{
    /// <summary>The key is this request's.</summary>
    Claimed,

    /// <summary>Another request committed the key first.</summary>
    Taken,

    /// <summary>Another request holds the key and is still running.</summary>
    Busy,
}

/// <summary>A claim's outcome; the record and the open transaction when the key was claimed.</summary>
public sealed record IdempotencyClaimResult(IdempotencyClaim Outcome, IdempotencyRecord? Record,
    IUnitOfWorkTransaction? Transaction);
