using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using CleanPlatform.Application.Common.Exceptions;
using CleanPlatform.Application.Common.Interfaces;
using CleanPlatform.Domain.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CleanPlatform.Api.Infrastructure.Idempotency;

internal sealed class IdempotencyFilter(IIdempotencyStore store, ICurrentUser caller, TimeProvider time)
    : IAsyncResourceFilter
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotency-Replayed";
    private static readonly TimeSpan WaitForFirst = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers[Header].ToString();
        if (key.Length == 0)
        {
            await next();
            return;
        }

        if (key.Length > IdempotencyRecord.KeyMaxLength)
            throw new ValidationException(Header,
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
            var (claimed, record) = await store.ClaimAsync(scope, key, hash, time.GetUtcNow(), ct);
            if (claimed)
            {
                await RunFirstAsync(context, next, record);
                return;
            }

            if (!record.Matches(hash))
                throw new ConflictException("idempotency.key_reused",
                    $"This {Header} was already used with a different request.");

            var finished = await WaitAsync(scope, key, waiting, ct);
            if (finished is { IsCompleted: true })
            {
                http.Response.Headers[ReplayedHeader] = "true";
                context.Result = Replay(finished);
                return;
            }

            if (finished is not null)
                throw new ConflictException("idempotency.in_progress",
                    $"A request with this {Header} is still being processed; retry later.");
            // The first request failed and gave the key back: claim it again.
        }
    }

    private async Task RunFirstAsync(ResourceExecutingContext context, ResourceExecutionDelegate next,
        IdempotencyRecord record)
    {
        var response = context.HttpContext.Response;
        var original = response.Body;
        await using var capture = new MemoryStream();
        response.Body = capture;
        var stored = false;
        try
        {
            var executed = await next();
            if (executed.Exception is null || executed.ExceptionHandled)
            {
                capture.Position = 0;
                var body = await new StreamReader(capture, Encoding.UTF8).ReadToEndAsync();
                // Server errors are not the answer to the request: let a retry run it again.
                if (response.StatusCode < 500)
                {
                    await store.CompleteAsync(record.Id, response.StatusCode, response.ContentType, body,
                        CancellationToken.None);
                    stored = true;
                }
            }
        }
        finally
        {
            capture.Position = 0;
            response.Body = original;
            await capture.CopyToAsync(original);
            if (!stored)
                await store.ReleaseAsync(record.Id, CancellationToken.None);
        }
    }

    private async Task<IdempotencyRecord?> WaitAsync(string scope, string key, Stopwatch waiting, CancellationToken ct)
    {
        while (true)
        {
            var record = await store.FindAsync(scope, key, ct);
            if (record is null || record.IsCompleted || waiting.Elapsed >= WaitForFirst)
                return record;
            await Task.Delay(PollInterval, ct);
        }
    }

    private static ContentResult Replay(IdempotencyRecord record) => new()
    {
        StatusCode = record.StatusCode,
        ContentType = record.ContentType,
        Content = record.Body,
    };

    private static async Task<string> HashRequestAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var buffer = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
            sha.AppendData(buffer, 0, read);
        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
