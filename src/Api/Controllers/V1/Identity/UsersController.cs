using CleanPlatform.Application.Identity.ListUsers;
using CleanPlatform.Application.Identity.SetUserActive;
using CleanPlatform.Application.Identity.SetUserRoles;

namespace CleanPlatform.Api.Controllers.V1.Identity;

/// <summary>User administration for Admins (their organization; the platform admin sees all).</summary>
[Route("api/v{version:apiVersion}/identity/users"), Authorize]
[ProducesProblem(StatusCodes.Status403Forbidden)]
public sealed class UsersController(ISender sender) : ApiControllerBase
{
    /// <summary>Users, ordered by e-mail; <c>search</c> matches e-mail or name.</summary>
    /// <remarks>Admins only: the users of their organization; the platform administrator sees every organization's.</remarks>
    [HttpGet]
    [ProducesResponseType<PagedList<UserDto>>(StatusCodes.Status200OK)]
    public async Task<PagedList<UserDto>> ListUsers(string? search, int page = 1,
        int pageSize = PageRequest.DefaultPageSize, CancellationToken ct = default) =>
        await sender.Send(new ListUsers(search, page, pageSize), ct);

    /// <summary>Replaces a user's roles (Admin, Advisor, Member, Viewer).</summary>
    /// <remarks>Admins only. Unknown roles are refused; a role listed twice counts once.</remarks>
    /// <response code="404">No such user in your organization.</response>
    /// <response code="409">You tried to remove your own Admin role.</response>
    [HttpPut("{id:guid}/roles")]
    [ProducesResponseType<UserDto>(StatusCodes.Status200OK)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    public async Task<UserDto> SetUserRoles(Guid id, SetUserRolesRequest body, CancellationToken ct) =>
        await sender.Send(new SetUserRoles(id, body.Roles), ct);

    /// <summary>Deactivates a user: no more log-ins, and their refresh tokens and API keys are revoked.</summary>
    /// <remarks>Admins only, and not on themselves.</remarks>
    /// <response code="404">No such user in your organization.</response>
    /// <response code="409">You tried to deactivate yourself.</response>
    [HttpPost("{id:guid}/deactivate")]
    [ProducesResponseType<UserDto>(StatusCodes.Status200OK)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    public async Task<UserDto> DeactivateUser(Guid id, CancellationToken ct) =>
        await sender.Send(new SetUserActive(id, Active: false), ct);

    /// <summary>Lets a deactivated (or locked-out) user log in again.</summary>
    /// <remarks>Admins only. Keys and sessions revoked on deactivation stay revoked: the user logs in afresh.</remarks>
    /// <response code="404">No such user in your organization.</response>
    [HttpPost("{id:guid}/reactivate")]
    [ProducesResponseType<UserDto>(StatusCodes.Status200OK)]
    [ProducesProblem(StatusCodes.Status404NotFound)]
    public async Task<UserDto> ReactivateUser(Guid id, CancellationToken ct) =>
        await sender.Send(new SetUserActive(id, Active: true), ct);
}

/// <summary>The roles a user should hold from now on.</summary>
/// <param name="Roles">One or more of Admin, Advisor, Member, Viewer.</param>
public sealed record SetUserRolesRequest(IReadOnlyList<string> Roles);
