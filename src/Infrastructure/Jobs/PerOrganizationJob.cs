using Mediator;
using Quartz;

namespace CleanPlatform.Infrastructure.Jobs;

/// <summary>
/// A job for work inside organizations: it asks <c>organizations</c>, across organizations, which ones have work, then
/// sends <c>command</c> inside each, one organization at a time, as the system caller named after the command, so each
/// run is audited in that organization's trail only. The concrete job states the two and logs what the runs did. Mark
/// it <see cref="DisallowConcurrentExecutionAttribute"/>.
/// </summary>
public abstract class PerOrganizationJob<TResult>(
    SystemWork work, IQuery<IReadOnlyList<Guid>> organizations, ICommand<TResult> command) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var name = command.GetType().Name;
        var organizationIds = await work.AcrossOrganizationsAsync(name, async (services, ct) =>
            await services.GetRequiredService<ISender>().Send(organizations, ct), cancellationToken);
        var runs = new List<TResult>();
        await work.ForEachOrganizationAsync(name, organizationIds, async (services, ct) =>
        {
            var run = await services.GetRequiredService<ISender>().Send(command, ct);
            Ran(run);
            runs.Add(run);
        }, cancellationToken);
        Done(runs, organizationIds.Count);
    }

    /// <summary>Sees one organization's run as it ends; nothing by default.</summary>
    protected virtual void Ran(TResult run)
    {
    }

    /// <summary>Logs what the runs of <paramref name="organizations"/> organizations did.</summary>
    protected abstract void Done(IReadOnlyList<TResult> runs, int organizations);
}
