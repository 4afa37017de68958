using Mediator;
using Quartz;

namespace CleanPlatform.Infrastructure.Jobs;

/// <summary>
/// A job for work that belongs to no organization (purging idempotency records, expired sign-ups): it sends one
/// command of its module across organizations, as the system caller named after the command, and logs the count
/// the command returns. Mark the concrete job <see cref="DisallowConcurrentExecutionAttribute"/>.
/// </summary>
public abstract class AcrossOrganizationsJob<TCommand>(SystemWork work, ILogger log) : IJob
    where TCommand : ICommand<int>, new()
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var name = typeof(TCommand).Name;
        var count = await work.AcrossOrganizationsAsync(name, async (services, ct) =>
            await services.GetRequiredService<ISender>().Send(new TCommand(), ct), cancellationToken);
        JobLog.Done(log, name, count);
    }
}

internal static partial class JobLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{Command} done: {Count} rows")]
    public static partial void Done(ILogger logger, string command, int count);
}
