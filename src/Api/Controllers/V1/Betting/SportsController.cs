using CleanPlatform.Application.Betting.Catalog.ListSports;
using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace CleanPlatform.Api.Controllers.V1.Betting;

/// <summary>Your organization's sports and competitions, as imports and the odds feed created them.</summary>
[Route("api/v{version:apiVersion}/betting/sports"), Authorize]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
public sealed class SportsController(ISender sender) : ApiControllerBase
{
    /// <summary>Your organization's sports, each with its competitions and their event counts.</summary>
    /// <remarks>
    /// Every member, Viewers included. Sports and competitions come by name; their ids are what the <c>sportId</c> and
    /// <c>competitionId</c> filters of events, opportunities and analytics take. Not paged: an organization holds a
    /// few sports and competitions, not thousands (at most 500 sports and 1,000 competitions each are listed).
    /// </remarks>
    /// <param name="ct">Cancellation.</param>
    [HttpGet]
    [ProducesResponseType<SportListDto>(StatusCodes.Status200OK)]
    public async Task<SportListDto> ListSports(CancellationToken ct) => await sender.Send(new ListSports(), ct);
}
