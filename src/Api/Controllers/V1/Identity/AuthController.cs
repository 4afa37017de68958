using CleanPlatform.Application.Identity.ConfirmRegistration;
using CleanPlatform.Application.Identity.Login;
using CleanPlatform.Application.Identity.Logout;
using CleanPlatform.Application.Identity.RefreshTokens;
using CleanPlatform.Application.Identity.Register;

namespace CleanPlatform.Api.Controllers.V1.Identity;

/// <summary>Accounts and sessions: register, log in, refresh, log out.</summary>
[Route("api/v{version:apiVersion}/identity")]
public sealed class AuthController(ISender sender) : ApiControllerBase
{
    /// <summary>Signs up: e-mails a link that confirms the address; the account opens when the link is used (<c>/register/confirm</c>).</summary>
    /// <remarks>The answer is the same whether or not the e-mail already has an account; the address's owner is told
    /// which by e-mail (a confirmation link, or a note that they already have an account). Without an invitation the
    /// account will be the Admin of a new organization named <c>organizationName</c> (or after them); with one it joins
    /// in the invited role, and the e-mail must be the invited one. The link works for 24 hours.</remarks>
    /// <response code="202">The sign-up is recorded and the e-mail is on its way.</response>
    /// <response code="422">The invitation was used, withdrawn, expired or sent to another address.</response>
    [HttpPost("register"), AllowAnonymous]
    [ProducesResponseType<RegistrationPendingDto>(StatusCodes.Status202Accepted)]
    [ProducesProblem(StatusCodes.Status422UnprocessableEntity)]
    public async Task<ActionResult<RegistrationPendingDto>> Register(Register body, CancellationToken ct) =>
        Accepted(await sender.Send(body, ct));

    /// <summary>Opens the account a sign-up asked for, with the token from its e-mail, and logs it in.</summary>
    /// <remarks>A link works once, for 24 hours; a newer e-mail for the same sign-up replaces it. Confirming ends every
    /// other sign-up of the same address.</remarks>
    /// <response code="201">The account exists; the body holds its first tokens.</response>
    /// <response code="409">The e-mail got an account after the sign-up (through another link).</response>
    /// <response code="422">The invitation the sign-up accepts was withdrawn or expired meanwhile.</response>
    [HttpPost("register/confirm"), AllowAnonymous]
    [ProducesResponseType<AuthResponse>(StatusCodes.Status201Created)]
    [ProducesProblem(StatusCodes.Status409Conflict)]
    [ProducesProblem(StatusCodes.Status422UnprocessableEntity)]
    public async Task<ActionResult<AuthResponse>> ConfirmRegistration(ConfirmRegistration body, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await sender.Send(body, ct));

    /// <summary>Exchanges e-mail and password for an access token and a refresh token.</summary>
    /// <remarks>Five wrong passwords in a row lock the account for 15 minutes (configurable). Send the access token
    /// as <c>Authorization: Bearer</c>; before it expires, exchange the refresh token at <c>/refresh</c>.</remarks>
    /// <response code="401">Wrong e-mail or password, or the account is locked out.</response>
    [HttpPost("login"), AllowAnonymous]
    [ProducesResponseType<AuthResponse>(StatusCodes.Status200OK)]
    [ProducesProblem(StatusCodes.Status401Unauthorized)]
    public async Task<AuthResponse> Login(Login body, CancellationToken ct) => await sender.Send(body, ct);

    /// <summary>Rotates a refresh token: returns new tokens; the old refresh token stops working.</summary>
    /// <remarks>Presenting a refresh token that was already used revokes every token of that session.</remarks>
    /// <response code="401">The refresh token is unknown, expired, used or revoked.</response>
    [HttpPost("refresh"), AllowAnonymous]
    [ProducesResponseType<AuthResponse>(StatusCodes.Status200OK)]
    [ProducesProblem(StatusCodes.Status401Unauthorized)]
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
