using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Subscriptions.RenewSubscriptions;
using Mediator;
using Microsoft.Extensions.Options;
using Quartz;

namespace CleanPlatform.Infrastructure.Billing.Jobs;

/// <summary>
/// Renews the subscriptions whose period ended, warns of trials that end soon and finalizes the drafts whose grace
/// ended (<see cref="RenewSubscriptionBatch"/>), <see cref="RenewalOptions.BatchSize"/> organizations per transaction,
/// as the system caller across organizations; each organization's trail shows the run. A batch that fails is run
/// again one organization at a time (<see cref="RenewSubscriptions"/>), as that organization's system caller, so one
/// organization's failure stops no other; the failures are thrown together once every batch has run.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class RenewSubscriptionsJob(
    SystemWork work, IOptions<RenewalOptions> options, ILogger<RenewSubscriptionsJob> log) : IJob
{
    private const string Name = nameof(RenewSubscriptions);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var organizationIds = await work.AcrossOrganizationsAsync(Name, async (services, ct) =>
            await services.GetRequiredService<ISender>().Send(new OrganizationsToRenew(), ct), cancellationToken);
        var runs = new List<RenewalRunDto>();
        var failures = new List<Exception>();
        foreach (var batch in organizationIds.Chunk(options.Value.BatchSize))
        {
            try
            {
                runs.Add(await work.AcrossOrganizationsAsync(Name, async (services, ct) =>
                    await services.GetRequiredService<ISender>().Send(new RenewSubscriptionBatch(batch), ct), cancellationToken));
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogBatchFailed(log, ex, batch.Length);
                try
                {
                    await work.ForEachOrganizationAsync(Name, batch, async (services, ct) =>
                        runs.Add(await services.GetRequiredService<ISender>().Send(new RenewSubscriptions(), ct)),
                        cancellationToken);
                }
                catch (AggregateException each)
                {
                    failures.AddRange(each.InnerExceptions);
                }
            }
        }

        var (renewed, ended, finalized, warned) =
            (runs.Sum(r => r.Renewed), runs.Sum(r => r.Ended), runs.Sum(r => r.Finalized), runs.Sum(r => r.TrialsWarned));
        LogRenewed(log, renewed, ended, finalized, warned, organizationIds.Count);
        if (failures.Count > 0)
            throw new AggregateException($"{Name} failed for {failures.Count} of {organizationIds.Count} organizations.", failures);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Renewed {Renewed} periods, ended {Ended} subscriptions, finalized {Finalized} invoices and warned {Warned} trials of {Organizations} organizations")]
    private static partial void LogRenewed(ILogger logger, int renewed, int ended, int finalized, int warned, int organizations);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "A renewal batch of {Organizations} organizations failed; renewing each on its own")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, int organizations);
}
