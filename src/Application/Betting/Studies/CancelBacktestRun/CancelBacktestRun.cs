using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.CancelBacktestRun;

/// <summary>
/// Deletes a backtest run of the organization; a queued or running one stops (its runner finds it gone at its next
/// chunk and drops its work). The member who started it or an Admin may.
/// </summary>
[Authorize]
public sealed record CancelBacktestRun(Guid Id) : ICommand;

public sealed class CancelBacktestRunHandler(IBettingDb db, ICurrentUser user) : ICommandHandler<CancelBacktestRun>
{
    public async ValueTask<Unit> Handle(CancelBacktestRun command, CancellationToken cancellationToken)
    {
        var run = await db.BacktestRuns.AsNoTracking()
            .Where(r => r.Id == command.Id).Select(r => new { r.CreatedBy }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(BacktestRun), command.Id);
        if (run.CreatedBy != user.UserId && !user.Roles.Contains(Roles.Admin))
            throw new ForbiddenException("Only the member who started this backtest, or an Admin, may delete it.");
        // Not through the tracked entity: a running run's version moves with each chunk, and the delete must win.
        await db.BacktestRuns.Where(r => r.Id == command.Id).ExecuteDeleteAsync(cancellationToken);
        return Unit.Value;
    }
}
