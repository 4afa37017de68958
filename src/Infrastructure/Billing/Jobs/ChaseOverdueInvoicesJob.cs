using CleanPlatform.Application.Billing.Subscriptions.ChaseOverdueInvoices;
using CleanPlatform.Infrastructure.Jobs;
using Quartz;

namespace CleanPlatform.Infrastructure.Billing.Jobs;

/// <summary>Chases the overdue invoices (<see cref="ChaseOverdueInvoices"/>), one organization at a time.</summary>
[DisallowConcurrentExecution]
public sealed partial class ChaseOverdueInvoicesJob(SystemWork work, ILogger<ChaseOverdueInvoicesJob> log)
    : PerOrganizationJob<DunningRunDto>(work, new OrganizationsWithOverdueInvoices(), new ChaseOverdueInvoices())
{
    protected override void Done(IReadOnlyList<DunningRunDto> runs, int organizations)
    {
        var (reminded, uncollectible, ended) = (runs.Sum(r => r.Reminded), runs.Sum(r => r.Uncollectible), runs.Sum(r => r.Ended));
        LogChased(log, reminded, uncollectible, ended, organizations);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Sent {Reminded} payment reminders, wrote off {Uncollectible} invoices and ended {Ended} subscriptions of {Organizations} organizations")]
    private static partial void LogChased(ILogger logger, int reminded, int uncollectible, int ended, int organizations);
}
