using CleanPlatform.Application.Betting.Bets.RecordClosingLines;
using CleanPlatform.Application.Betting.Bets.SettleBets;
using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace CleanPlatform.Api.Controllers.V1.Betting;

/// <summary>Runs over your organization's bets that the scheduler also starts: settlement, and closing-line value.</summary>
[Route("api/v{version:apiVersion}/betting"), Authorize]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
public sealed class BetRunsController(ISender sender) : ApiControllerBase
{
    /// <summary>Settles your organization's pending bets whose event has a result, now.</summary>
    /// <remarks>
    /// Admins, Advisors and Members; API keys need the Write scope. A bet on a completed event is settled on the
    /// full-time score (the payout cut down to the cent); a bet on a cancelled event, or on one postponed and not
    /// played within 36 hours of kick-off, is void. The scheduler runs the same settlement twice a day; a run finds
    /// only bets still pending, so running it again changes nothing.
    /// </remarks>
    /// <response code="200">Done; the counts say how many bets were settled, voided, or skipped as changed meanwhile.</response>
    [HttpPost("settlement-runs")]
    [ProducesResponseType<SettlementRunDto>(StatusCodes.Status200OK)]
    public async Task<SettlementRunDto> SettleBets(CancellationToken ct) =>
        await sender.Send(new SettleBets(), ct);

    /// <summary>Records the closing odds and closing-line value of your organization's bets whose event has kicked off, now.</summary>
    /// <remarks>
    /// Admins, Advisors and Members; API keys need the Write scope. Takes bets without closing odds (void ones aside)
    /// whose event kicked off at least 10 minutes ago or has its result, and reads only stored prices: Pinnacle's
    /// closing market at the bet's line, else the average closing market (chosen per market, never per outcome), else
    /// Pinnacle's last live prices before kick-off. A live close captured more than an hour before kick-off is recorded but flagged
    /// <c>closingStale</c>. A bet with no close at its line keeps a null CLV, never 0. The scheduler runs it four times a
    /// day; a second run changes nothing.
    /// </remarks>
    /// <response code="200">Done; the counts say how many bets got a close, how many of those were stale, how many have none.</response>
    [HttpPost("closing-line-runs")]
    [ProducesResponseType<ClosingLineRunDto>(StatusCodes.Status200OK)]
    public async Task<ClosingLineRunDto> RecordClosingLines(CancellationToken ct) =>
        await sender.Send(new RecordClosingLines(), ct);
}
