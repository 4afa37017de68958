using CleanPlatform.Application.Betting.Events.ListEvents;
using CleanPlatform.Application.Common.Models;
using CleanPlatform.Domain.Betting;
using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace CleanPlatform.Api.Controllers.V1.Betting;

/// <summary>Your organization's sporting events, to find one to bet on.</summary>
[Route("api/v{version:apiVersion}/betting/events"), Authorize]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
public sealed class EventsController(ISender sender) : ApiControllerBase
{
    /// <summary>Your organization's events, filtered and paged.</summary>
    /// <remarks>
    /// Every member, Viewers included. <c>team</c> matches part of either team's name, any case. Scheduled events come
    /// soonest kick-off first; otherwise latest first. <c>kickOffTo</c> is exclusive.
    /// </remarks>
    /// <param name="team">Part of a team's name.</param>
    /// <param name="status">Scheduled, Completed, Postponed or Cancelled.</param>
    /// <param name="competitionId">Events of this competition.</param>
    /// <param name="kickOffFrom">Inclusive lower bound of the kick-off (ISO 8601).</param>
    /// <param name="kickOffTo">Exclusive upper bound of the kick-off (ISO 8601).</param>
    /// <param name="page">1-based page.</param>
    /// <param name="pageSize">At most 200.</param>
    /// <param name="ct">Cancellation.</param>
    [HttpGet]
    [ProducesResponseType<PagedList<EventDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<PagedList<EventDto>> ListEvents(string? team, EventStatus? status, Guid? competitionId,
        DateTimeOffset? kickOffFrom, DateTimeOffset? kickOffTo, int page = 1, int pageSize = PageRequest.DefaultPageSize,
        CancellationToken ct = default) =>
        await sender.Send(new ListEvents(team, status, competitionId, kickOffFrom, kickOffTo, page, pageSize), ct);
}
