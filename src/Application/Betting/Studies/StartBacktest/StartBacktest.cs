using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Betting.Studies.BacktestRuns;
using CleanPlatform.Application.Betting.Studies.Common;
using CleanPlatform.Application.Betting.Studies.RunBacktest;
using CleanPlatform.Domain.Betting;
using Microsoft.Extensions.Options;
using BacktestRule = CleanPlatform.Application.Betting.Studies.RunBacktest.RunBacktest;

namespace CleanPlatform.Application.Betting.Studies.StartBacktest;

/// <summary>
/// Runs <paramref name="Rule"/> as a stored backtest run: over at most <see cref="BacktestRunOptions.InlineMatches"/>
/// matches at once (the run comes back completed), over more in the background (the run comes back queued and its
/// progress moves as the runner replays it). Any member may start one; an organization has at most
/// <see cref="BacktestRunLimits.MaxActive"/> queued or running.
/// </summary>
[Authorize]
public sealed record StartBacktest(BacktestRule Rule) : ICommand<BacktestRunDto>, IManagesOwnTransaction;

public sealed class StartBacktestHandler(IBettingDb db, IBacktestRunner runner, ICurrentUser user, TimeProvider time,
    IOptions<BacktestRunOptions> options)
    : ICommandHandler<StartBacktest, BacktestRunDto>
{
    public async ValueTask<BacktestRunDto> Handle(StartBacktest command, CancellationToken cancellationToken)
    {
        var (organizationId, now, rule) = (user.RequireOrganizationId(), time.GetUtcNow(), command.Rule);
        var matches = await StudyMatches.Filtered(db, rule).CountAsync(cancellationToken);
        if (matches > BacktestRunLimits.MaxMatches)
            throw new ValidationException(nameof(IStudyFilter.Competitions),
                $"The filter selects {matches} matches; narrow it to at most {BacktestRunLimits.MaxMatches}.");
        var active = await db.BacktestRuns.CountAsync(
            r => r.Status == BacktestRunStatus.Queued || r.Status == BacktestRunStatus.Running, cancellationToken);
        if (matches > options.Value.InlineMatches && active >= BacktestRunLimits.MaxActive)
            throw new ConflictException("backtest.too_many_running",
                $"Your organization already has {active} backtests queued or running; wait for one to finish or cancel one.");

        var kept = now - BacktestRunLimits.KeptFor;
        await db.BacktestRuns
            .Where(r => (r.Status == BacktestRunStatus.Completed || r.Status == BacktestRunStatus.Failed) && r.CreatedAt < kept)
            .ExecuteDeleteAsync(cancellationToken);

        var run = BacktestRun.Queue(organizationId, BacktestRunJson.Write(rule), matches, now);
        db.BacktestRuns.Add(run);
        if (matches <= options.Value.InlineMatches)
        {
            run.Start(now);
            var result = await BacktestReplay.RunAsync(db, rule, cancellationToken);
            run.Complete(BacktestRunJson.Write(result), time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return BacktestRunDto.From(run, withResult: true);
        }

        await db.SaveChangesAsync(cancellationToken);
        await runner.WakeAsync(cancellationToken);
        return BacktestRunDto.From(run, withResult: false);
    }
}
