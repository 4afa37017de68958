using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Betting.Studies.BacktestRuns;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.GetBacktestRun;

/// <summary>One backtest run of the organization, with its result once completed. Any member may read it.</summary>
[Authorize]
public sealed record GetBacktestRun(Guid Id) : IQuery<BacktestRunDto>;

public sealed class GetBacktestRunHandler(IBettingDb db) : IQueryHandler<GetBacktestRun, BacktestRunDto>
{
    public async ValueTask<BacktestRunDto> Handle(GetBacktestRun query, CancellationToken cancellationToken)
    {
        var run = await db.BacktestRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(BacktestRun), query.Id);
        return BacktestRunDto.From(run, withResult: true);
    }
}
