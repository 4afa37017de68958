using System.Diagnostics;
using CleanPlatform.Application.Common.Exceptions;
using CleanPlatform.Domain.Platform;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CleanPlatform.Api.Infrastructure.Idempotency;

/// <summary>
/// Runs an idempotent request in one transaction that holds its key, the command's effects and the
/// stored response: a commit means the key is complete, a crash or failure before it means nothing
/// happened. A retry replays the stored status, body and <c>Location</c>; one that arrives while the first
/// still runs waits for it briefly, then gets 409 "in progress", and never runs it a second time.
/// </summary>
internal sealed partial class IdempotencyFilter(bool required, IIdempotencyStore store, AfterCommit afterCommit,
    ICurrentUser caller, TimeProvider time, IConfiguration configuration)
    : IAsyncResourceFilter
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotency-Replayed";

    private TimeSpan WaitForFirst =>
        TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Idempotency:WaitForFirstSeconds", 10)));

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[Header].ToString();
        if (key.Length == 0)
        {
            if (required)
                throw ValidationException.OfHeader(Header,
                    $"This request moves money: send an {Header} header, a key made once per intended request (a UUID).");
            await next();
            return;
        }

        if (key.Length > IdempotencyRecord.KeyMaxLength)
            throw ValidationException.OfHeader(Header,
                $"The {Header} header is at most {IdempotencyRecord.KeyMaxLength} characters.");

        var scope = caller.ApiKeyId is { } keyId ? $"key:{keyId}"
            : caller.UserId is { } userId ? $"user:{userId}"
            : $"ip:{http.Connection.RemoteIpAddress}";
        var hash = await HashRequestAsync(http.Request);
        var ct = http.RequestAborted;

        // Waiting is measured on the wall clock (not the injectable TimeProvider): it bounds real latency.
        var waiting = Stopwatch.StartNew();
        while (true)
        {
            var found = await store.FindAsync(scope, key, ct);
            if (found is not null && (!found.IsCompleted || found.ExpiresAt <= time.GetUtcNow()))
            {
                // Expired, or left pending by an older version: neither counts.
                await store.RemoveStaleAsync(scope, key, time.GetUtcNow(), ct);
                found = null;
            }

            if (found is { } done)
            {
                if (!done.Matches(hash))
                    throw new ConflictException("idempotency.key_reused",
                        $"This {Header} was already used with a different request.");
                http.Response.Headers[ReplayedHeader] = "true";
                if (done.Location is not null)
                    http.Response.Headers.Location = done.Location;
                context.Result = new ContentResult { StatusCode = done.StatusCode, ContentType = done.ContentType, Content = done.Body };
                return;
            }

            var left = WaitForFirst - waiting.Elapsed;
            if (left <= TimeSpan.Zero)
                throw InProgress();
            var claim = await store.ClaimInRequestAsync(scope, key, hash, time.GetUtcNow(), left, ct);
            if (claim is { Outcome: IdempotencyClaim.Claimed, Record: { } record, Transaction: { } transaction })
            {
                // What commands defer until their transaction ends waits for this one, which is ours.
                afterCommit.Hold();
                await RunFirstAsync(context, next, transaction, record);
                return;
            }

            if (claim.Outcome == IdempotencyClaim.Busy)
                throw InProgress();
            // Taken: the first request committed between our read and our claim; read its response.
        }
    }

    private static ConflictException InProgress() =>
        new("idempotency.in_progress", $"A request with this {Header} is still being processed; retry later.");
}
