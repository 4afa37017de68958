using CleanPlatform.Application.Betting.Settings.Common;
using CleanPlatform.Application.Betting.Settings.GetBankroll;
using CleanPlatform.Application.Betting.Settings.GetBettingSettings;
using CleanPlatform.Application.Betting.Settings.SuggestStake;
using CleanPlatform.Application.Betting.Settings.UpdateBettingSettings;
using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace CleanPlatform.Api.Controllers.V1.Betting;

/// <summary>The organization's betting settings, its bankroll now, and the stake its staking rules suggest.</summary>
[Route("api/v{version:apiVersion}/betting"), Authorize]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
public sealed class BettingSettingsController(ISender sender) : ApiControllerBase
{
    /// <summary>Your organization's betting settings.</summary>
    /// <remarks>
    /// Every member, Viewers included. An organization that never saved any has the defaults (version 0): a bankroll of
    /// 1000 EUR, λ 0.25, θ 0.02, f_max 0.05, F_max 0.25, collection every 60 minutes keeping 50 credits in reserve,
    /// region eu, no sports, every agent on. The Odds API key is never returned: only <c>oddsApiKeySet</c> and a hint
    /// of its last four characters.
    /// </remarks>
    [HttpGet("settings")]
    [ProducesResponseType<BettingSettingsDto>(StatusCodes.Status200OK)]
    public async Task<BettingSettingsDto> GetBettingSettings(CancellationToken ct) =>
        await sender.Send(new GetBettingSettings(), ct);

    /// <summary>Replaces your organization's betting settings.</summary>
    /// <remarks>
    /// Admins only, signed in or with a Write-scoped API key; audited. Send the <c>version</c> you read (0 for the
    /// defaults): if the settings changed since, nothing is written (409). Fractions are of one (0.25 = 25 %);
    /// <c>maxBetShare</c> cannot exceed <c>maxOpenShare</c>. <c>requestsReserve</c> is a floor on the Odds API's
    /// remaining credits: collection stops once they fall to it. <c>oddsApiKey</c>: omit it or send null to keep the
    /// stored key, an empty string to remove it, a key to replace it; it is stored encrypted and never shown again.
    /// </remarks>
    /// <response code="409">The settings changed since you read them.</response>
    /// <response code="422">The settings break a business rule.</response>
    [HttpPut("settings")]
    [ProducesResponseType<BettingSettingsDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<BettingSettingsDto> UpdateBettingSettings(UpdateBettingSettings body, CancellationToken ct) =>
        await sender.Send(body, ct);

    /// <summary>Your organization's bankroll now: initial + settled profit, open stakes, what is left.</summary>
    /// <remarks>
    /// Every member. Sums run in the currency of the settings' initial bankroll; bets in another currency are left out
    /// and counted in <c>otherCurrencyBets</c>. Void and pushed bets count as settled with no profit.
    /// </remarks>
    [HttpGet("bankroll")]
    [ProducesResponseType<BankrollDto>(StatusCodes.Status200OK)]
    public async Task<BankrollDto> GetBankroll(CancellationToken ct) => await sender.Send(new GetBankroll(), ct);

    /// <summary>The stake your staking rules suggest for a price and a fair probability, with every step.</summary>
    /// <remarks>
    /// Every member. Fractional Kelly (f* = (p·o − 1)/(o − 1), then λ·f* clamped to [0, f_max]); when the open
    /// stakes and this one would pass F_max of the bankroll, this one is scaled down to what is left (0 once the open
    /// stakes reach F_max). The stake is that fraction of the bankroll net of open stakes, rounded down to 0.01.
    /// </remarks>
    /// <param name="odds">Decimal odds offered, above 1.</param>
    /// <param name="probability">Your fair probability of the outcome, from 0 to 1.</param>
    /// <param name="fraction">λ for this suggestion instead of the settings' (above 0, at most 1).</param>
    /// <param name="ct">Cancellation.</param>
    [HttpGet("stake-suggestion")]
    [ProducesResponseType<StakeSuggestionDto>(StatusCodes.Status200OK)]
    public async Task<StakeSuggestionDto> SuggestStake(decimal odds, double probability, decimal? fraction,
        CancellationToken ct) => await sender.Send(new SuggestStake(odds, probability, fraction), ct);
}
