using Asp.Versioning;
using CleanPlatform.Api.Infrastructure.Idempotency;
using CleanPlatform.Application.Identity.CreateApiKey;
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
    [HttpPost, Idempotent]
    public async Task<IActionResult> Create(CreateApiKey body, CancellationToken ct)
    {
        var created = await sender.Send(body, ct);
        return StatusCode(StatusCodes.Status201Created, created);
    }

    /// <summary>The client address the API believes, after any trusted proxy's forwarded headers.</summary>
    [HttpGet("/api/v{version:apiVersion}/tests/client-address"), AllowAnonymous]
    public string ClientAddress() => HttpContext.Connection.RemoteIpAddress?.ToString() ?? "";

    /// <summary>Fails the way a bug would, to prove unknown exceptions leak nothing.</summary>
    [HttpGet("/api/v{version:apiVersion}/tests/failures")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "MVC actions are instance methods.")]
    public IActionResult Fail() => throw new InvalidOperationException("connection string Password=hunter2");
}
