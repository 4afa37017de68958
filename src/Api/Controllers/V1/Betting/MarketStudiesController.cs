using CleanPlatform.Application.Betting.Studies.RunMarketStudy;
using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace CleanPlatform.Api.Controllers.V1.Betting;

/// <summary>Studies of the markets in your imported data: how bookmakers priced the matches and how the prices fared.</summary>
[Route("api/v{version:apiVersion}/betting/studies/market"), Authorize]
public sealed class MarketStudiesController(ISender sender) : ApiControllerBase
{
    /// <summary>Studies the markets of your completed matches that pass the filter.</summary>
    /// <remarks>
    /// Every member, API keys with the Read scope. Reads the matches in kick-off order (same-time matches in their
    /// file's order) and every price stored for them, then gives, for every bookmaker and snapshot: the results
    /// (home, draw, away), mean margins per market, one unit on each outcome of 1X2 and over/under (ROI = profit ÷
    /// stakes), the favourite's hit rate and ROI, Brier score and log-loss of the multiplicatively devigged 1X2
    /// prices, closing-line value against Pinnacle's close (the average close when Pinnacle's is missing), and Asian
    /// handicap returns with how many bets won, half-won, pushed, half-lost and lost. A market counts only when every
    /// outcome has a price above 1. The definitions are in the user guide, and reproduce betting.md §10. At most
    /// 20,000 matches per study.
    /// </remarks>
    /// <param name="competitions">Competition keys (<c>E0</c>); repeat the parameter for several. None: every competition.</param>
    /// <param name="seasons">Season names (<c>2023-24</c>); repeat for several. None: every season.</param>
    /// <param name="dateFrom">First kick-off date (UTC) included.</param>
    /// <param name="dateTo">Last kick-off date (UTC) included.</param>
    /// <param name="ct">Cancellation.</param>
    /// <response code="200">The study; every list is empty when no match passes the filter.</response>
    /// <response code="400">A bad filter, or one that selects more than 20,000 matches (<c>errors.competitions</c>).</response>
    [HttpGet]
    [ProducesResponseType<MarketStudyDto>(StatusCodes.Status200OK)]
    public async Task<MarketStudyDto> RunMarketStudy([FromQuery] string[]? competitions, [FromQuery] string[]? seasons,
        DateOnly? dateFrom, DateOnly? dateTo, CancellationToken ct) =>
        await sender.Send(new RunMarketStudy(competitions, seasons, dateFrom, dateTo), ct);
}
