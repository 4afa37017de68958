using CleanPlatform.Application.Betting.Studies.RunBacktest;
using CleanPlatform.Domain.Betting;
using BacktestRule = CleanPlatform.Application.Betting.Studies.RunBacktest.RunBacktest;

namespace CleanPlatform.Application.Betting.Studies.BacktestRuns;

/// <summary>A backtest run: where it stands and, once completed, its result.</summary>
/// <param name="Id">The run.</param>
/// <param name="Status">Queued, Running, Completed or Failed.</param>
/// <param name="MatchesTotal">The matches the filter selected.</param>
/// <param name="MatchesDone">The matches replayed so far.</param>
/// <param name="Progress">Share of the matches replayed, 0 to 1.</param>
/// <param name="Attempts">How many times a runner started it (a run abandoned by a stopped server starts again).</param>
/// <param name="CreatedAt">When it was asked for.</param>
/// <param name="StartedAt">When a runner first started it.</param>
/// <param name="CompletedAt">When it completed or failed.</param>
/// <param name="Error">Why it failed.</param>
/// <param name="Rule">The rule and filter asked for.</param>
/// <param name="Result">The backtest, once completed; null in lists and before.</param>
public sealed record BacktestRunDto(
    Guid Id,
    BacktestRunStatus Status,
    int MatchesTotal,
    int MatchesDone,
    double Progress,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    string? Error,
    BacktestRule Rule,
    BacktestDto? Result)
{
    public static BacktestRunDto From(BacktestRun run, bool withResult) => Of(run.Id, run.Status, run.MatchesTotal,
        run.MatchesDone, run.Attempts, run.CreatedAt, run.StartedAt, run.CompletedAt, run.Error, run.Rule,
        withResult ? run.Result : null);

    /// <summary>A run from its stored fields, <paramref name="rule"/> and <paramref name="result"/> as JSON.</summary>
    public static BacktestRunDto Of(Guid id, BacktestRunStatus status, int matchesTotal, int matchesDone, int attempts,
        DateTimeOffset createdAt, DateTimeOffset? startedAt, DateTimeOffset? completedAt, string? error, string rule,
        string? result)
    {
        var progress = status == BacktestRunStatus.Completed ? 1d
            : matchesTotal == 0 ? 0d
            : (double)matchesDone / matchesTotal;
        return new BacktestRunDto(id, status, matchesTotal, matchesDone, progress, attempts, createdAt, startedAt,
            completedAt, error, BacktestRunJson.ReadRule(rule), BacktestRunJson.ReadResult(result));
    }
}
