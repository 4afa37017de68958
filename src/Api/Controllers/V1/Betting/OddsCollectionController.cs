using CleanPlatform.Application.Betting.CollectOdds;
using CleanPlatform.Application.Common.Exceptions;
using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace CleanPlatform.Api.Controllers.V1.Betting;

/// <summary>Your organization's odds collection from The Odds API: where it stands, and a run now.</summary>
[Route("api/v{version:apiVersion}/betting"), Authorize]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
public sealed class OddsCollectionController(ISender sender) : ApiControllerBase
{
    /// <summary>Where your organization's odds collection stands: the credits left and the last run.</summary>
    /// <remarks>
    /// Every member. <c>quotaRemaining</c> and <c>quotaUsed</c> are the provider's <c>x-requests-remaining</c> and
    /// <c>x-requests-used</c> as last reported (at <c>quotaCheckedAt</c>); null before any call.
    /// </remarks>
    [HttpGet("odds-collection")]
    [ProducesResponseType<OddsCollectionStatusDto>(StatusCodes.Status200OK)]
    public async Task<OddsCollectionStatusDto> GetOddsCollectionStatus(CancellationToken ct) =>
        await sender.Send(new GetOddsCollectionStatus(), ct);

    /// <summary>Collects your organization's odds now, as the scheduler does every five minutes.</summary>
    /// <remarks>
    /// Admins and Advisors; API keys need the Write scope; audited. Lists the events of each sport key of the settings
    /// (free), then asks for odds only for sports with an event due within 48 hours — the collection interval far
    /// from kick-off, every 10 minutes within 2 hours, every 5 within 30 minutes — and only while the credits left are
    /// above the reserve; scores are asked for started events not yet completed. Without a key or sport keys the run
    /// asks nothing and says so in <c>outcome</c>.
    /// </remarks>
    /// <response code="200">Done; the counts say what was asked and stored.</response>
    /// <response code="502">
    /// The Odds API refused a call; <c>title</c> names why (the key refused, out of credits, rate limited…) and
    /// <c>code</c> is <c>odds_api.invalid_key</c>, <c>odds_api.out_of_credits</c>, <c>odds_api.rate_limited</c>,
    /// <c>odds_api.invalid_request</c>, <c>odds_api.unavailable</c> or <c>odds_api.invalid_response</c>. What was
    /// collected before the refusal is kept, with the credits last reported.
    /// </response>
    [HttpPost("odds-collection-runs")]
    [ProducesResponseType<OddsCollectionRunDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status502BadGateway, "application/problem+json")]
    public async Task<OddsCollectionRunDto> CollectOdds(CancellationToken ct)
    {
        var run = await sender.Send(new CollectOdds(), ct);
        if (run.Refusal is { } refusal)
            throw new UpstreamRefusedException(refusal.Code, refusal.Title, refusal.Detail);
        return run;
    }
}
