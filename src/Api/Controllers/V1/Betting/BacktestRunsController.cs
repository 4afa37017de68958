using CleanPlatform.Api.Infrastructure.Idempotency;
using CleanPlatform.Application.Betting.Studies.BacktestRuns;
using CleanPlatform.Application.Betting.Studies.CancelBacktestRun;
using CleanPlatform.Application.Betting.Studies.GetBacktestRun;
using CleanPlatform.Application.Betting.Studies.ListBacktestRuns;
using CleanPlatform.Application.Betting.Studies.RunBacktest;
using CleanPlatform.Application.Betting.Studies.StartBacktest;
using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace CleanPlatform.Api.Controllers.V1.Betting;

/// <summary>
/// Backtests kept as runs: a short one answers at once, a long one runs in the background while you follow its
/// progress.
/// </summary>
[Route("api/v{version:apiVersion}/betting/studies/backtests"), Authorize]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
public sealed class BacktestRunsController(ISender sender) : ApiControllerBase
{
    /// <summary>Starts a backtest of the rule in the body over your completed matches that pass its filter.</summary>
    /// <remarks>
    /// Every member; API keys need the Write scope. The body holds the parameters of
    /// <c>GET /betting/studies/backtest</c>, replayed the same way with the same result. Over at most 2,000 matches
    /// the run is replayed at once and comes back completed with its result (201). Over more, up to 100,000, it is
    /// queued (202) and replayed in the background, 1,000 matches at a time: poll <c>Location</c> for its
    /// <c>progress</c> until <c>status</c> is Completed (with <c>result</c>) or Failed (with <c>error</c>). A run
    /// abandoned by a stopped server starts again within three minutes, at most three times. Your organization may
    /// have three runs queued or running at once; runs are kept 30 days. Send an <c>Idempotency-Key</c> header: a
    /// retry with the same key and body returns the first answer and starts nothing twice.
    /// </remarks>
    /// <response code="201">Replayed at once; <c>result</c> holds the backtest.</response>
    /// <response code="202">Queued; <c>Location</c> is the run to poll.</response>
    /// <response code="400">A bad parameter, named in <c>errors</c>, or a filter over 100,000 matches.</response>
    /// <response code="409">Three backtests of your organization are already queued or running, or the
    /// <c>Idempotency-Key</c> was used with another body.</response>
    [HttpPost, Idempotent]
    [ProducesResponseType<BacktestRunDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<BacktestRunDto>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<BacktestRunDto>> StartBacktest(RunBacktest body, CancellationToken ct)
    {
        var run = await sender.Send(new StartBacktest(body), ct);
        return run.Result is null
            ? AcceptedAtAction(nameof(GetBacktestRun), new { id = run.Id, version = "1" }, run)
            : CreatedAtAction(nameof(GetBacktestRun), new { id = run.Id, version = "1" }, run);
    }

    /// <summary>Your organization's latest 20 backtest runs, newest first, without their results.</summary>
    /// <remarks>Every member, API keys with the Read scope.</remarks>
    [HttpGet]
    [ProducesResponseType<BacktestRunListDto>(StatusCodes.Status200OK)]
    public async Task<BacktestRunListDto> ListBacktestRuns(CancellationToken ct) =>
        await sender.Send(new ListBacktestRuns(), ct);

    /// <summary>One backtest run: its progress, and its result once completed.</summary>
    /// <remarks>Every member, API keys with the Read scope.</remarks>
    /// <response code="404">No such run in your organization.</response>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<BacktestRunDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<BacktestRunDto> GetBacktestRun(Guid id, CancellationToken ct) =>
        await sender.Send(new GetBacktestRun(id), ct);

    /// <summary>Deletes a backtest run; a queued or running one stops.</summary>
    /// <remarks>The member who started it, or an Admin; API keys need the Write scope.</remarks>
    /// <response code="204">Deleted.</response>
    /// <response code="404">No such run in your organization.</response>
    [HttpDelete("{id:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> CancelBacktestRun(Guid id, CancellationToken ct)
    {
        await sender.Send(new CancelBacktestRun(id), ct);
        return NoContent();
    }
}
