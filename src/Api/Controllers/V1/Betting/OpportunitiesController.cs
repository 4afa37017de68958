using CleanPlatform.Application.Betting.Opportunities.Common;
using CleanPlatform.Application.Betting.Opportunities.GetOpportunity;
using CleanPlatform.Application.Betting.Opportunities.ListOpportunities;
using CleanPlatform.Application.Betting.Opportunities.RunAgents;
using CleanPlatform.Application.Common.Models;
using CleanPlatform.Domain.Betting.Agents;
using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace CleanPlatform.Api.Controllers.V1.Betting;

/// <summary>What the detection agents found: value prices with their audit, and the runs that find them.</summary>
[Route("api/v{version:apiVersion}/betting"), Authorize]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
public sealed class OpportunitiesController(ISender sender) : ApiControllerBase
{
    /// <summary>Your organization's opportunities, filtered.</summary>
    /// <remarks>
    /// Every member, Viewers included. Open ones (the default) come soonest kick-off first, then highest score; withdrawn
    /// (a later scan no longer found the value), expired (kicked off) or all of them latest kick-off first. Each carries
    /// its audit: the raw prices read with their capture times, the devig method and parameter, the reference margin,
    /// the fair odds, the EV and its spread across methods, the reasons, the agent and its version, the score (0–100)
    /// and label, and whether two or more agents agree. Once its event finished, the close (CLV) and the result a bet
    /// on it would have had.
    /// </remarks>
    /// <param name="status">Open (default), Withdrawn or Expired; none of them for all: send <c>status=</c>.</param>
    /// <param name="agent">The agent's key: <c>anomaly</c>, <c>spread</c> or <c>pattern</c>.</param>
    /// <param name="label">Prudence or Analyser.</param>
    /// <param name="minEdge">The least edge, <c>p − 1/odds</c> (0.02 = 2 points).</param>
    /// <param name="sportId">Opportunities on events of this sport.</param>
    /// <param name="competitionId">Opportunities on events of this competition.</param>
    /// <param name="eventId">Opportunities on this event.</param>
    /// <param name="consensus">Only those two or more agents agree on (true), or only the others (false).</param>
    /// <param name="kickOffWithinHours">Only events kicking off from now to this many hours ahead (24: the urgent ones; at most 336).</param>
    /// <param name="page">1-based page.</param>
    /// <param name="pageSize">At most 200.</param>
    /// <param name="ct">Cancellation.</param>
    /// <response code="400">A bad parameter, named in <c>errors</c>.</response>
    [HttpGet("opportunities")]
    [ProducesResponseType<PagedList<OpportunityDto>>(StatusCodes.Status200OK)]
    public async Task<PagedList<OpportunityDto>> ListOpportunities(OpportunityStatus? status = OpportunityStatus.Open,
        string? agent = null, OpportunityLabel? label = null, decimal? minEdge = null, Guid? sportId = null,
        Guid? competitionId = null, Guid? eventId = null, bool? consensus = null, int? kickOffWithinHours = null,
        int page = 1, int pageSize = PageRequest.DefaultPageSize, CancellationToken ct = default) =>
        await sender.Send(new ListOpportunities(status, agent, label, minEdge, sportId, competitionId, eventId, consensus,
            kickOffWithinHours, page, pageSize), ct);

    /// <summary>One opportunity of your organization, with its full audit.</summary>
    /// <remarks>Every member, Viewers included.</remarks>
    /// <response code="404">No such opportunity in your organization.</response>
    [HttpGet("opportunities/{id:guid}")]
    [ProducesResponseType<OpportunityDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<OpportunityDto> GetOpportunity(Guid id, CancellationToken ct) =>
        await sender.Send(new GetOpportunity(id), ct);

    /// <summary>Runs the detection agents now: a scan of upcoming events, or a replay over completed ones.</summary>
    /// <remarks>
    /// Admins and Advisors; API keys need the Write scope. A scan reads the latest prices (up to 3 hours old) of events
    /// kicking off in the next 14 days, raises new opportunities, moves existing ones onto fresher prices and withdraws
    /// those no agent finds again; the pattern matcher first learns from your latest 20,000 completed matches. A replay
    /// (<c>replay: true</c>, with the studies' filter) walks the completed matches in kick-off order on their
    /// pre-closing prices, every match of one kick-off time decided before any of their results teaches the pattern
    /// matcher. Then every opportunity whose event finished gets its close and result, and the scanned ones are scored.
    /// The scheduler scans every 15 minutes; running again on the same prices changes nothing.
    /// </remarks>
    /// <response code="200">Done; the counts say what was scanned, raised, updated and closed.</response>
    /// <response code="400">A bad filter, named in <c>errors</c>, or one over 20,000 matches.</response>
    /// <response code="409">A replay while the backtest agent is switched off in the betting settings.</response>
    [HttpPost("agent-runs")]
    [ProducesResponseType<AgentRunDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<AgentRunDto> RunAgents(RunAgents body, CancellationToken ct) => await sender.Send(body, ct);
}
