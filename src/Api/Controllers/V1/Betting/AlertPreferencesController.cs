using CleanPlatform.Application.Betting.Alerts.Common;
using CleanPlatform.Application.Betting.Alerts.GetAlertPreferences;
using CleanPlatform.Application.Betting.Alerts.SendTestAlert;
using CleanPlatform.Application.Betting.Alerts.UpdateAlertPreferences;
using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace CleanPlatform.Api.Controllers.V1.Betting;

/// <summary>Your own alert preferences: thresholds and channels, and a test alert.</summary>
[Route("api/v{version:apiVersion}/betting/alert-preferences"), Authorize]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
public sealed class AlertPreferencesController(ISender sender) : ApiControllerBase
{
    /// <summary>Your alert preferences.</summary>
    /// <remarks>
    /// Every member, Viewers included: they are personal, and nobody reads another member's. Until you save some you
    /// have your organization's thresholds (its betting settings' alerts) with live alerts only. The webhook's URL and
    /// signing secret are never returned: only whether they are set and a hint of the URL's host.
    /// </remarks>
    [HttpGet]
    [ProducesResponseType<AlertPreferencesDto>(StatusCodes.Status200OK)]
    public async Task<AlertPreferencesDto> GetAlertPreferences(CancellationToken ct) =>
        await sender.Send(new GetAlertPreferences(), ct);

    /// <summary>Replaces your alert preferences.</summary>
    /// <remarks>
    /// Every member, for themselves; audited. Every alert is kept as a notification; <c>live</c> also pushes it to your
    /// open web apps (and browser notifications where you allow them), <c>email</c> e-mails it, <c>webhook</c> posts it.
    /// <c>webhookUrl</c>: omit or null keeps the stored URL, an empty string removes the webhook, a URL replaces it
    /// (HTTPS; plain HTTP only to loopback). Formats: <c>Generic</c> (JSON signed with HMAC-SHA256 in
    /// <c>X-CleanPlatform-Signature: sha256=…</c>; its secret is shown once, in <c>webhookSecret</c> of the response
    /// that made it, or set <c>rotateWebhookSecret</c>), <c>Telegram</c> (the bot's full <c>sendMessage</c> URL and a
    /// <c>telegramChatId</c>) or <c>Discord</c> (a Discord webhook URL).
    /// </remarks>
    /// <response code="422">The webhook is chosen without a URL, or a threshold breaks a business rule.</response>
    [HttpPut]
    [ProducesResponseType<AlertPreferencesDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<AlertPreferencesDto> UpdateAlertPreferences(UpdateAlertPreferences body, CancellationToken ct) =>
        await sender.Send(body, ct);

    /// <summary>Sends yourself a test alert.</summary>
    /// <remarks>
    /// Every member. The alert goes through the outbox like any other: it is listed in your notifications and reaches
    /// the channels your saved preferences choose within seconds.
    /// </remarks>
    /// <response code="202">Raised; the channels deliver it shortly.</response>
    [HttpPost("test")]
    [ProducesResponseType<TestAlertDto>(StatusCodes.Status202Accepted)]
    public async Task<ActionResult<TestAlertDto>> SendTestAlert(CancellationToken ct) =>
        Accepted(await sender.Send(new SendTestAlert(), ct));
}
