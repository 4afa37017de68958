using CleanPlatform.Application.Betting.Bets.OpenBets;
using Mediator;
using Quartz;

namespace CleanPlatform.Infrastructure.Betting.Jobs;

/// <summary>
/// A run over bets, scheduled: finds the organizations with open bets across organizations, then sends
/// <typeparamref name="TCommand"/> inside each, as the system caller named after the command, so each run is audited
/// in that organization's trail only. Mark the concrete job <see cref="DisallowConcurrentExecutionAttribute"/>.
/// </summary>
public abstract class OpenBetsJob<TCommand, TResult>(SystemWork work) : IJob where TCommand : ICommand<TResult>, new()
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var name = typeof(TCommand).Name;
        var organizations = await work.AcrossOrganizationsAsync(name, async (services, ct) =>
            await services.GetRequiredService<ISender>().Send(new OrganizationsWithOpenBets(), ct), cancellationToken);
        var runs = new List<TResult>();
        await work.ForEachOrganizationAsync(name, organizations, async (services, ct) =>
            runs.Add(await services.GetRequiredService<ISender>().Send(new TCommand(), ct)), cancellationToken);
        Done(runs, organizations.Count);
    }

    /// <summary>Logs what the runs of <paramref name="organizations"/> organizations did.</summary>
    protected abstract void Done(IReadOnlyList<TResult> runs, int organizations);
}
