using CleanPlatform.Application.Identity.Common;
using CleanPlatform.Application.Identity.Login;
using CleanPlatform.Application.Identity.Logout;
using CleanPlatform.Application.Identity.RefreshTokens;
using CleanPlatform.Application.Identity.Register;
using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace CleanPlatform.Api.Controllers.V1.Identity;

/// <summary>Accounts and sessions: register, log in, refresh, log out.</summary>
[Route("api/v{version:apiVersion}/identity")]
public sealed class AuthController(ISender sender) : ApiControllerBase
{
    /// <summary>Opens an account and logs it in: with an invitation token it joins that organization, otherwise it gets its own (Free plan).</summary>
    /// <remarks>Without an invitation the new user is the Admin of a new organization named <c>organizationName</c>
    /// (or after them); with one they join in the invited role, and the e-mail must be the invited one.</remarks>
    /// <response code="201">The account exists; the body holds its first tokens.</response>
    /// <response code="409">The e-mail is taken.</response>
    /// <response code="422">The invitation was used, withdrawn, expired or sent to another address.</response>
    [HttpPost("register"), AllowAnonymous]
    [ProducesResponseType<AuthResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<ActionResult<AuthResponse>> Register(Register body, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await sender.Send(body, ct));

    /// <summary>Exchanges e-mail and password for an access token and a refresh token.</summary>
    /// <remarks>Five wrong passwords in a row lock the account for 15 minutes (configurable). Send the access token
    /// as <c>Authorization: Bearer</c>; before it expires, exchange the refresh token at <c>/refresh</c>.</remarks>
    /// <response code="401">Wrong e-mail or password, or the account is locked out.</response>
    [HttpPost("login"), AllowAnonymous]
    [ProducesResponseType<AuthResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    public async Task<AuthResponse> Login(Login body, CancellationToken ct) => await sender.Send(body, ct);

    /// <summary>Rotates a refresh token: returns new tokens; the old refresh token stops working.</summary>
    /// <remarks>Presenting a refresh token that was already used revokes every token of that session.</remarks>
    /// <response code="401">The refresh token is unknown, expired, used or revoked.</response>
    [HttpPost("refresh"), AllowAnonymous]
    [ProducesResponseType<AuthResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    public async Task<AuthResponse> RefreshTokens(RefreshTokens body, CancellationToken ct) => await sender.Send(body, ct);

    /// <summary>Ends the session the refresh token belongs to.</summary>
    /// <remarks>Every refresh token of that session stops working; an unknown token changes nothing. The access token
    /// runs out on its own within minutes.</remarks>
    /// <response code="204">The session's refresh tokens are revoked.</response>
    [HttpPost("logout"), Authorize]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Logout(Logout body, CancellationToken ct)
    {
        await sender.Send(body, ct);
        return NoContent();
    }
}
