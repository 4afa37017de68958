using CleanPlatform.Application.Identity.InviteMember;
using CleanPlatform.Application.Identity.ListInvitations;
using CleanPlatform.Application.Identity.RevokeInvitation;

namespace CleanPlatform.Api.Controllers.V1.Identity;

/// <summary>Invitations to join the caller's organization (Admins).</summary>
[Route("api/v{version:apiVersion}/identity/invitations"), Authorize]
[ProducesProblem(StatusCodes.Status403Forbidden)]
public sealed class InvitationsController(ISender sender) : ApiControllerBase
{
    /// <summary>The organization's invitations, newest first, with their status.</summary>
    /// <remarks>Admins only. Tokens are never shown again; an invitation past its week shows as <c>Expired</c>.</remarks>
    [HttpGet]
    [ProducesResponseType<PagedList<InvitationDto>>(StatusCodes.Status200OK)]
    public async Task<PagedList<InvitationDto>> ListInvitations(int page = 1, int pageSize = PageRequest.DefaultPageSize,
        CancellationToken ct = default) => await sender.Send(new ListInvitations(page, pageSize), ct);

    /// <summary>Invites an e-mail address with a role; valid for 7 days.</summary>
    /// <remarks>Admins only. The response's <c>token</c> is shown once: send the invitee <c>/register?invitation=&lt;token&gt;</c>.</remarks>
    /// <response code="201">Invited.</response>
    /// <response code="409">An account with this e-mail already exists.</response>
    [HttpPost]
    [ProducesResponseType<CreatedInvitationDto>(StatusCodes.Status201Created)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<CreatedInvitationDto>> InviteMember(InviteMember body, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await sender.Send(body, ct));

    /// <summary>Withdraws a pending invitation.</summary>
    /// <remarks>Admins only. Its link stops working at once.</remarks>
    /// <response code="204">Withdrawn.</response>
    /// <response code="404">No such invitation in your organization.</response>
    /// <response code="409">It was accepted or changed at the same moment; reload and retry.</response>
    /// <response code="422">It was already accepted or withdrawn.</response>
    [HttpDelete("{id:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    [ProducesProblem(StatusCodes.Status422UnprocessableEntity)]
    public async Task<IActionResult> RevokeInvitation(Guid id, CancellationToken ct)
    {
        await sender.Send(new RevokeInvitation(id), ct);
        return NoContent();
    }
}
