using CleanPlatform.Application.Billing.Subscriptions.RenewSubscriptions;
using CleanPlatform.Infrastructure.Jobs;
using Quartz;

namespace CleanPlatform.Infrastructure.Billing.Jobs;

/// <summary>
/// Renews the subscriptions whose period ended and finalizes the drafts whose grace ended
/// (<see cref="RenewSubscriptions"/>), one organization at a time.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class RenewSubscriptionsJob(SystemWork work, ILogger<RenewSubscriptionsJob> log)
    : PerOrganizationJob<RenewalRunDto>(work, new OrganizationsToRenew(), new RenewSubscriptions())
{
    protected override void Done(IReadOnlyList<RenewalRunDto> runs, int organizations)
    {
        var (renewed, ended, finalized) = (runs.Sum(r => r.Renewed), runs.Sum(r => r.Ended), runs.Sum(r => r.Finalized));
        LogRenewed(log, renewed, ended, finalized, organizations);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Renewed {Renewed} periods, ended {Ended} subscriptions and finalized {Finalized} invoices of {Organizations} organizations")]
    private static partial void LogRenewed(ILogger logger, int renewed, int ended, int finalized, int organizations);
}
