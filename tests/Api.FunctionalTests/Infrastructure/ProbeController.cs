using Asp.Versioning;
using CleanPlatform.Api.Infrastructure.Idempotency;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CleanPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// Test-only endpoints: one creates a record under <see cref="IdempotentAttribute"/>, so the generic
/// filter is exercised through the real pipeline before the money-moving modules use it; one fails like a
/// bug; one tells which client address the API saw.
/// </summary>
[ApiController, ApiVersion(1.0), Authorize, ApiExplorerSettings(IgnoreApi = true)]
[Route("api/v{version:apiVersion}/tests/idempotent-api-keys")]
public sealed class ProbeController(ISender sender) : ControllerBase
{
    /// <summary>Lets a test hold the slow probe's requests until it opens the gate.</summary>
    public static SemaphoreSlim SlowGate { get; } = new(0);

    /// <summary>Released when a slow probe request has done its work and waits at the gate.</summary>
    public static SemaphoreSlim SlowEntered { get; } = new(0);

    // The key without its secret: a stored response is plain text, so an idempotent endpoint returns none.
    [HttpPost, Idempotent]
    public async Task<ActionResult<ApiKeyDto>> Create(CreateApiKey body, CancellationToken ct)
    {
        var created = await sender.Send(body, ct);
        return Created($"/api/v1/identity/api-keys/{created.ApiKey.Id}", created.ApiKey);
    }

    /// <summary>Creates the key, then waits for the test's gate before answering: a first request still running.</summary>
    [HttpPost("slow"), Idempotent]
    public async Task<ActionResult<ApiKeyDto>> CreateSlowly(CreateApiKey body, CancellationToken ct)
    {
        var created = await sender.Send(body, ct);
        SlowEntered.Release();
        await SlowGate.WaitAsync(TimeSpan.FromSeconds(30), ct);
        return Created($"/api/v1/identity/api-keys/{created.ApiKey.Id}", created.ApiKey);
    }

    /// <summary>Creates the key, then fails like a crash before the commit would.</summary>
    [HttpPost("crashing"), Idempotent]
    public async Task<ActionResult<ApiKeyDto>> CreateThenCrash(CreateApiKey body, CancellationToken ct)
    {
        await sender.Send(body, ct);
        throw new InvalidOperationException("The process died before the commit.");
    }

    /// <summary>The client address the API believes, after any trusted proxy's forwarded headers.</summary>
    [HttpGet("/api/v{version:apiVersion}/tests/client-address"), AllowAnonymous]
    public string ClientAddress() => HttpContext.Connection.RemoteIpAddress?.ToString() ?? "";

    /// <summary>Fails the way a bug would, to prove unknown exceptions leak nothing.</summary>
    [HttpGet("/api/v{version:apiVersion}/tests/failures")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "MVC actions are instance methods.")]
    public IActionResult Fail() => throw new InvalidOperationException("connection string Password=hunter2");
}
