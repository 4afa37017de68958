using CleanPlatform.Application.Identity.CreateApiKey;
using CleanPlatform.Application.Identity.ListApiKeys;
using CleanPlatform.Application.Identity.RevokeApiKey;

namespace CleanPlatform.Api.Controllers.V1.Identity;

/// <summary>API keys for integrators: send one as <c>X-Api-Key</c> to act as its user.</summary>
[Route("api/v{version:apiVersion}/identity/api-keys"), Authorize]
public sealed class ApiKeysController(ISender sender) : ApiControllerBase
{
    /// <summary>The caller's keys, newest first; an Admin may list every member's. Secrets are never shown again.</summary>
    /// <remarks>With <c>allMembers=true</c> an Admin sees every key of the organization, with its owner and when it
    /// was last used. Revoked keys stay in the list with <c>revokedAt</c>, expiring ones show <c>expiresAt</c>;
    /// <c>prefix</c> tells keys apart.</remarks>
    /// <response code="403"><c>allMembers=true</c> from someone who is not an Admin.</response>
    [HttpGet]
    [ProducesResponseType<PagedList<ApiKeyDto>>(StatusCodes.Status200OK)]
    [ProducesProblem(StatusCodes.Status403Forbidden)]
    public async Task<PagedList<ApiKeyDto>> ListApiKeys(int page = 1, int pageSize = PageRequest.DefaultPageSize,
        bool allMembers = false, CancellationToken ct = default) =>
        await sender.Send(new ListApiKeys(page, pageSize, allMembers), ct);

    /// <summary>Creates a key, optionally with an expiry. The response holds the secret: this is the only time it is shown.</summary>
    /// <remarks>The key acts as the caller, in their organization and on its plan, as the caller's access stands at
    /// each request. <c>Read</c> allows safe methods (GET), <c>Write</c> every method. Only a hash of the secret is
    /// stored. Needs a signed-in session: an API key cannot create keys.</remarks>
    /// <response code="201">Created; copy <c>secret</c> now.</response>
    [HttpPost]
    [ProducesResponseType<CreatedApiKeyDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<CreatedApiKeyDto>> CreateApiKey(CreateApiKey body, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await sender.Send(body, ct));

    /// <summary>Revokes a key; requests with it are refused from the next one on.</summary>
    /// <remarks>Your own keys; an Admin may revoke any key of the organization. Needs a signed-in session: an API
    /// key cannot revoke keys.</remarks>
    /// <response code="204">Revoked.</response>
    /// <response code="404">No such key of yours.</response>
    /// <response code="409">Someone changed the key at the same moment; reload and retry.</response>
    /// <response code="422">The key was already revoked.</response>
    [HttpDelete("{id:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    [ProducesProblem(StatusCodes.Status422UnprocessableEntity)]
    public async Task<IActionResult> RevokeApiKey(Guid id, CancellationToken ct)
    {
        await sender.Send(new RevokeApiKey(id), ct);
        return NoContent();
    }
}
