using CleanPlatform.Application.Common.Models;
using CleanPlatform.Application.Identity.CreateApiKey;
using CleanPlatform.Application.Identity.ListApiKeys;
using CleanPlatform.Application.Identity.RevokeApiKey;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CleanPlatform.Api.Controllers.V1.Identity;

/// <summary>API keys for integrators: send one as <c>X-Api-Key</c> to act as its user.</summary>
[Route("api/v{version:apiVersion}/identity/api-keys"), Authorize]
public sealed class ApiKeysController(ISender sender) : ApiControllerBase
{
    /// <summary>The caller's keys, newest first. Secrets are never shown again.</summary>
    /// <remarks>Revoked keys stay in the list with <c>revokedAt</c>; <c>prefix</c> tells keys apart, <c>lastUsedAt</c> shows which are in use.</remarks>
    [HttpGet]
    [ProducesResponseType<PagedList<ApiKeyDto>>(StatusCodes.Status200OK)]
    public async Task<PagedList<ApiKeyDto>> ListApiKeys(int page = 1, int pageSize = PageRequest.DefaultPageSize,
        CancellationToken ct = default) => await sender.Send(new ListApiKeys(page, pageSize), ct);

    /// <summary>Creates a key. The response holds the secret: this is the only time it is shown.</summary>
    /// <remarks>The key acts as the caller, in their organization and on its plan. <c>Read</c> allows safe methods
    /// (GET), <c>Write</c> every method. Only a hash of the secret is stored.</remarks>
    /// <response code="201">Created; copy <c>secret</c> now.</response>
    [HttpPost]
    [ProducesResponseType<CreatedApiKeyDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<CreatedApiKeyDto>> CreateApiKey(CreateApiKey body, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await sender.Send(body, ct));

    /// <summary>Revokes a key; requests with it are refused from now on.</summary>
    /// <remarks>Your own keys; an Admin may revoke any key of the organization.</remarks>
    /// <response code="204">Revoked.</response>
    /// <response code="404">No such key of yours.</response>
    /// <response code="409">Someone changed the key at the same moment; reload and retry.</response>
    /// <response code="422">The key was already revoked.</response>
    [HttpDelete("{id:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<IActionResult> RevokeApiKey(Guid id, CancellationToken ct)
    {
        await sender.Send(new RevokeApiKey(id), ct);
        return NoContent();
    }
}
