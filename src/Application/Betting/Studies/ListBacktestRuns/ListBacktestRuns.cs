using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Betting.Studies.BacktestRuns;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.ListBacktestRuns;

/// <summary>
/// The organization's latest backtest runs, newest first, without their results (read one run for its result). Any
/// member may list them.
/// </summary>
[Authorize]
public sealed record ListBacktestRuns : IQuery<BacktestRunListDto>
{
    /// <summary>How many runs are listed.</summary>
    public const int Latest = 20;
}

/// <summary>The latest runs, newest first.</summary>
public sealed record BacktestRunListDto(IReadOnlyList<BacktestRunDto> Items);

public sealed class ListBacktestRunsHandler(IBettingDb db) : IQueryHandler<ListBacktestRuns, BacktestRunListDto>
{
    public async ValueTask<BacktestRunListDto> Handle(ListBacktestRuns query, CancellationToken cancellationToken)
    {
        // The result (every bet) stays in the database: a list carries the rule and the progress only.
        var runs = await db.BacktestRuns.AsNoTracking()
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Take(ListBacktestRuns.Latest)
            .Select(r => new
            {
                r.Id,
                r.Rule,
                r.Status,
                r.MatchesTotal,
                r.MatchesDone,
                r.Attempts,
                r.CreatedAt,
                r.StartedAt,
                r.CompletedAt,
                r.Error,
            })
            .ToListAsync(cancellationToken);
        return new BacktestRunListDto(runs
            .Select(r => BacktestRunDto.Of(r.Id, r.Status, r.MatchesTotal, r.MatchesDone, r.Attempts, r.CreatedAt,
                r.StartedAt, r.CompletedAt, r.Error, r.Rule, result: null))
            .ToList());
    }
}
