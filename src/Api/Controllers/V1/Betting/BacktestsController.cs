using CleanPlatform.Application.Betting.Studies.RunBacktest;
using CleanPlatform.Domain.Betting;
using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace CleanPlatform.Api.Controllers.V1.Betting;

/// <summary>Backtests over your imported data: what a betting rule would have done, bet by bet.</summary>
[Route("api/v{version:apiVersion}/betting/studies/backtest"), Authorize]
public sealed class BacktestsController(ISender sender) : ApiControllerBase
{
    /// <summary>Replays the value rule over your completed matches that pass the filter.</summary>
    /// <remarks>
    /// Every member, API keys with the Read scope. Matches are replayed in kick-off order (same-time matches in
    /// their file's order); in each, markets and outcomes in market order (home, draw, away). An outcome is backed
    /// at <c>betBookmaker</c>'s <c>betSnapshot</c> price when its EV = odds × p − 1 is above <c>minimumEv</c>, p being
    /// the <c>method</c> devig of <c>fairBookmaker</c>'s <c>fairSnapshot</c> market at the same line (with
    /// <c>worstCase</c>, the lowest EV over every devig method). The stake follows <c>staking</c> on the bankroll of
    /// that moment, and the bet is settled before the next one is sized (unrounded, as in betting.md §10). Pinnacle's
    /// closing prices are known only after the pre-closing prices, so the default rule looks ahead: it measures price
    /// quality; it is not a strategy you could have bet. At most 20,000 matches per backtest.
    /// </remarks>
    /// <param name="competitions">Competition keys (<c>E0</c>); repeat the parameter for several. None: every competition.</param>
    /// <param name="seasons">Season names (<c>2023-24</c>); repeat for several. None: every season.</param>
    /// <param name="dateFrom">First kick-off date (UTC) included.</param>
    /// <param name="dateTo">Last kick-off date (UTC) included.</param>
    /// <param name="betBookmaker">The bookmaker whose prices are backed (key, such as <c>b365</c>).</param>
    /// <param name="betSnapshot">Which of its snapshots is backed.</param>
    /// <param name="fairBookmaker">The bookmaker whose market gives the fair probabilities (<c>pinnacle</c>).</param>
    /// <param name="fairSnapshot">Which of its snapshots gives them.</param>
    /// <param name="method">The devig method.</param>
    /// <param name="worstCase">Back only when the EV is above the threshold under every devig method.</param>
    /// <param name="minimumEv">The EV an outcome must exceed (0.02 = 2 %).</param>
    /// <param name="markets">Markets to back; repeat for several. None: 1X2.</param>
    /// <param name="staking">Flat (<c>stake</c>), Percentage (<c>share</c> of the bankroll) or Kelly
    /// (<c>kellyMultiplier</c> × full Kelly, at most <c>kellyCap</c> of the bankroll when given).</param>
    /// <param name="stake">The flat stake.</param>
    /// <param name="share">The share of the bankroll for Percentage staking (0.01 = 1 %).</param>
    /// <param name="kellyMultiplier">The share of full Kelly (0.25 = quarter Kelly).</param>
    /// <param name="kellyCap">The most one Kelly bet may take of the bankroll; none: no cap.</param>
    /// <param name="bankroll">The starting bankroll.</param>
    /// <param name="agent">Replay a detection agent instead of the value rule: <c>anomaly</c>, <c>spread</c> or <c>pattern</c>.
    /// It reads every book's prices before the close; <c>minimumEv</c>, <c>method</c>, <c>worstCase</c> and
    /// <c>fairBookmaker</c> tune it, the bet book and snapshots are its own.</param>
    /// <param name="ct">Cancellation.</param>
    /// <response code="200">The backtest; no bets when nothing qualified.</response>
    /// <response code="400">A bad parameter, named in <c>errors</c>, or a filter over 20,000 matches.</response>
    [HttpGet]
    [ProducesResponseType<BacktestDto>(StatusCodes.Status200OK)]
    public async Task<BacktestDto> RunBacktest([FromQuery] string[]? competitions, [FromQuery] string[]? seasons,
        DateOnly? dateFrom, DateOnly? dateTo, string betBookmaker = "b365", SnapshotKind betSnapshot = SnapshotKind.PreClosing,
        string fairBookmaker = "pinnacle", SnapshotKind fairSnapshot = SnapshotKind.Closing,
        DevigMethod method = DevigMethod.Multiplicative, bool worstCase = false, decimal minimumEv = 0.02m,
        [FromQuery] MarketKind[]? markets = null, BacktestStaking staking = BacktestStaking.Flat, decimal stake = 1m,
        decimal share = 0.01m, decimal kellyMultiplier = 0.25m, decimal? kellyCap = null, decimal bankroll = 1000m,
        string? agent = null, CancellationToken ct = default) =>
        await sender.Send(new RunBacktest(competitions, seasons, dateFrom, dateTo, betBookmaker, betSnapshot, fairBookmaker,
            fairSnapshot, method, worstCase, minimumEv, markets, staking, stake, share, kellyMultiplier, kellyCap, bankroll, agent), ct);
}
