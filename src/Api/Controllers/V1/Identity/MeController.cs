using CleanPlatform.Application.Identity.ChangePassword;
using CleanPlatform.Application.Identity.GetCurrentUser;
using CleanPlatform.Application.Identity.GetUsage;

namespace CleanPlatform.Api.Controllers.V1.Identity;

/// <summary>The caller: profile, password, plan usage.</summary>
[Route("api/v{version:apiVersion}/identity"), Authorize]
public sealed class MeController(ISender sender) : ApiControllerBase
{
    /// <summary>The authenticated user, their roles and organization.</summary>
    /// <remarks>Read from the current state, not from the token: a role or plan change shows at once.</remarks>
    [HttpGet("me")]
    [ProducesResponseType<CurrentUserDto>(StatusCodes.Status200OK)]
    public async Task<CurrentUserDto> GetCurrentUser(CancellationToken ct) => await sender.Send(new GetCurrentUser(), ct);

    /// <summary>Changes the caller's password and signs out every other session.</summary>
    /// <remarks>All refresh tokens of the user are revoked; continue with the tokens in the response.</remarks>
    /// <response code="200">Changed; the body is a fresh session.</response>
    /// <response code="400">The current password is wrong or the new one too weak.</response>
    [HttpPut("me/password")]
    [ProducesResponseType<AuthResponse>(StatusCodes.Status200OK)]
    public async Task<AuthResponse> ChangePassword(ChangePassword body, CancellationToken ct) =>
        await sender.Send(body, ct);

    /// <summary>Requests made this month by the caller's organization against its plan's quota.</summary>
    /// <remarks>The plan's per-minute rate limit and monthly quota, what is used and left, and the period (a calendar
    /// month in UTC). Every authenticated response also carries <c>Quota-Limit</c> and <c>Quota-Remaining</c>.</remarks>
    [HttpGet("usage")]
    [ProducesResponseType<UsageDto>(StatusCodes.Status200OK)]
    public async Task<UsageDto> GetUsage(CancellationToken ct) => await sender.Send(new GetUsage(), ct);
}
