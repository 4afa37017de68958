using CleanPlatform.Api.Infrastructure.Idempotency;
using CleanPlatform.Application.Betting.Bets.Common;
using CleanPlatform.Application.Betting.Bets.DeleteBet;
using CleanPlatform.Application.Betting.Bets.GetBet;
using CleanPlatform.Application.Betting.Bets.ListBets;
using CleanPlatform.Application.Betting.Bets.PlaceBet;
using CleanPlatform.Application.Betting.Bets.VoidBet;
using CleanPlatform.Application.Common.Models;
using CleanPlatform.Domain.Betting;
using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace CleanPlatform.Api.Controllers.V1.Betting;

/// <summary>Bets the organization's members placed: recorded by hand or from an opportunity, listed, corrected, voided.</summary>
[Route("api/v{version:apiVersion}/betting/bets"), Authorize]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
public sealed class BetsController(ISender sender) : ApiControllerBase
{
    /// <summary>Records a bet placed on one of your organization's events.</summary>
    /// <remarks>
    /// Admins, Advisors and Members; API keys need the Write scope. <c>line</c> is the backed selection's own line:
    /// 0 for 1X2 and moneylines, the total for totals (Over/Under, quarter steps), the backed side's handicap for Asian
    /// handicaps (quarter steps) and spreads (half points), so an away bet at a home line of −0.5 is sent as 0.5.
    /// Draw exists only on 1X2, Over and Under only on totals. <c>bookmakerKey</c> names a book of your catalogue; a
    /// new key is added to it. <c>placedAt</c> defaults to now and cannot be in the future. Send an
    /// <c>Idempotency-Key</c> header: a retry with the same key and body returns the first answer and records nothing
    /// twice; the same key with another body is a 409.
    /// </remarks>
    /// <response code="201">Recorded; <c>Location</c> is the bet.</response>
    /// <response code="404">No such event in your organization.</response>
    /// <response code="409">The <c>Idempotency-Key</c> was used with another body, or its first request still runs.</response>
    /// <response code="422">The bet breaks a business rule.</response>
    [HttpPost, Idempotent]
    [ProducesResponseType<BetDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<ActionResult<BetDto>> PlaceBet(PlaceBet body, CancellationToken ct)
    {
        var bet = await sender.Send(body, ct);
        return CreatedAtAction(nameof(GetBet), new { id = bet.Id, version = "1" }, bet);
    }

    /// <summary>Your organization's bets, latest placed first, filtered.</summary>
    /// <remarks>Every member, Viewers included. Filters combine; <c>placedTo</c> is exclusive.</remarks>
    /// <param name="status">Pending, Won, Lost, Void, Push, HalfWon or HalfLost.</param>
    /// <param name="eventId">Bets on this event.</param>
    /// <param name="competitionId">Bets on events of this competition.</param>
    /// <param name="bookmakerId">Bets at this bookmaker.</param>
    /// <param name="placedFrom">Inclusive lower bound of the placing time (ISO 8601).</param>
    /// <param name="placedTo">Exclusive upper bound of the placing time (ISO 8601).</param>
    /// <param name="tag">Bets carrying this tag (exact).</param>
    /// <param name="page">1-based page.</param>
    /// <param name="pageSize">At most 200.</param>
    /// <param name="ct">Cancellation.</param>
    [HttpGet]
    [ProducesResponseType<PagedList<BetDto>>(StatusCodes.Status200OK)]
    public async Task<PagedList<BetDto>> ListBets(BetStatus? status, Guid? eventId, Guid? competitionId, Guid? bookmakerId,
        DateTimeOffset? placedFrom, DateTimeOffset? placedTo, string? tag, int page = 1,
        int pageSize = PageRequest.DefaultPageSize, CancellationToken ct = default) =>
        await sender.Send(new ListBets(status, eventId, competitionId, bookmakerId, placedFrom, placedTo, tag, page, pageSize), ct);

    /// <summary>One bet of your organization.</summary>
    /// <remarks>Every member, Viewers included.</remarks>
    /// <response code="404">No such bet in your organization.</response>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<BetDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<BetDto> GetBet(Guid id, CancellationToken ct) => await sender.Send(new GetBet(id), ct);

    /// <summary>Corrects a pending bet: price, stake, line, bookmaker, time, notes and tags, all replaced.</summary>
    /// <remarks>
    /// Admins, Advisors, and Members on the bets they placed. Send the <c>version</c> you read: if the bet changed since,
    /// nothing is written and the answer is 409. A settled or void bet cannot be edited (409). The line is checked against
    /// the bet's market, as when placing it.
    /// </remarks>
    /// <response code="404">No such bet in your organization.</response>
    /// <response code="409">The bet changed since you read it, or it is settled or void.</response>
    /// <response code="422">The change breaks a business rule.</response>
    [HttpPut("{id:guid}")]
    [ProducesResponseType<BetDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<BetDto> EditBet(Guid id, EditBetRequest body, CancellationToken ct) =>
        await sender.Send(body.ToCommand(id), ct);

    /// <summary>Voids a pending bet: the stake comes back, nothing is won or lost.</summary>
    /// <remarks>Admins, Advisors, and Members on the bets they placed.</remarks>
    /// <response code="404">No such bet in your organization.</response>
    /// <response code="409">The bet is already settled or void.</response>
    [HttpPost("{id:guid}/void")]
    [ProducesResponseType<BetDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<BetDto> VoidBet(Guid id, CancellationToken ct) => await sender.Send(new VoidBet(id), ct);

    /// <summary>Deletes a bet recorded by mistake, whatever its status.</summary>
    /// <remarks>Admins, Advisors, and Members on the bets they placed. The audit trail records the deletion.</remarks>
    /// <response code="204">Deleted.</response>
    /// <response code="404">No such bet in your organization.</response>
    /// <response code="409">Someone changed the bet at the same moment; reload and retry.</response>
    [HttpDelete("{id:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<IActionResult> DeleteBet(Guid id, CancellationToken ct)
    {
        await sender.Send(new DeleteBet(id), ct);
        return NoContent();
    }
}
