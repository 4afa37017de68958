using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Betting.Studies.BacktestRuns;
using CleanPlatform.Application.Betting.Studies.Common;
using CleanPlatform.Application.Betting.Studies.RunBacktest;
using CleanPlatform.Domain.Betting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CleanPlatform.Application.Betting.Studies.RunQueuedBacktests;

/// <summary>
/// Replays the organization's queued backtests, oldest first, one at a time, a chunk of matches at a time: the run's
/// progress and heartbeat are saved after each chunk, so the API shows how far it got and another runner can tell it
/// was abandoned. A run abandoned by a stopped server (no heartbeat for <see cref="BacktestRun.Lease"/>) starts again
/// from its first match, at most <see cref="BacktestRun.MaxAttempts"/> times; a run deleted meanwhile is dropped.
/// Sent by the backtests job as the system caller of each organization in turn.
/// </summary>
[Authorize(Roles.Admin)]
public sealed record RunQueuedBacktests : ICommand<int>, IManagesOwnTransaction;

public sealed partial class RunQueuedBacktestsHandler(IBettingDb db, TimeProvider time,
    IOptions<BacktestRunOptions> options, ILogger<RunQueuedBacktestsHandler> log)
    : ICommandHandler<RunQueuedBacktests, int>
{
    public async ValueTask<int> Handle(RunQueuedBacktests command, CancellationToken cancellationToken)
    {
        var finished = 0;
        var skipped = new HashSet<Guid>();
        while (await NextAsync(skipped, cancellationToken) is { } run)
        {
            if (await RunAsync(run, cancellationToken))
                finished++;
            else
                skipped.Add(run.Id);
        }

        return finished;
    }

    private async Task<BacktestRun?> NextAsync(HashSet<Guid> skipped, CancellationToken ct)
    {
        var ids = skipped.ToList();
        return await db.BacktestRuns.AsTracking()
            .Claimable(time.GetUtcNow())
            .Where(r => !ids.Contains(r.Id))
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>Runs <paramref name="run"/> to its end; false when another runner took it or it was deleted.</summary>
    private async Task<bool> RunAsync(BacktestRun run, CancellationToken ct)
    {
        if (run.AttemptsSpent)
        {
            run.Fail($"The backtest was stopped {run.Attempts} times before it finished (the server restarted); start it again.",
                time.GetUtcNow());
            return await SaveAsync(run, ct);
        }

        run.Start(time.GetUtcNow());
        if (!await SaveAsync(run, ct))
            return false;
        try
        {
            var result = await ReplayAsync(run, ct);
            if (result is null)
                return false;
            run.Complete(BacktestRunJson.Write(result), time.GetUtcNow());
        }
        catch (ValidationException e)
        {
            run.Fail(string.Join(" ", e.Errors.SelectMany(x => x.Value)), time.GetUtcNow());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(log, e, run.Id);
            run.Fail($"The backtest failed on an unexpected error; the server log has it under run {run.Id}.", time.GetUtcNow());
        }

        return await SaveAsync(run, ct);
    }

    /// <summary>The run's result, or null when it was deleted while it ran.</summary>
    private async Task<BacktestDto?> ReplayAsync(BacktestRun run, CancellationToken ct)
    {
        var rule = BacktestRunJson.ReadRule(run.Rule);
        var events = await StudyMatches.WithinLimitAsync(db, rule, ct, BacktestRunLimits.MaxMatches);
        var matches = await StudyMatches.InOrderAsync(db, events, ct);
        var books = await StudyMatches.BooksAsync(db, BacktestReplay.BookmakersOf(rule), ct);
        var replay = BacktestReplay.For(rule, await BacktestReplay.AggregatesAsync(db, rule, ct));
        var done = 0;
        foreach (var chunk in BacktestChunks.Of(matches, options.Value.ChunkMatches))
        {
            replay.Play(await StudyMatches.LoadChunkAsync(db, chunk, books, ct));
            done += chunk.Count;
            run.Progress(done, time.GetUtcNow());
            if (!await SaveAsync(run, ct))
                return null;
        }

        return replay.Result();
    }

    /// <summary>Saves the run; false when it changed or went meanwhile (another runner, or a member deleted it).</summary>
    private async Task<bool> SaveAsync(BacktestRun run, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Backtest run {RunId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid runId);
}
