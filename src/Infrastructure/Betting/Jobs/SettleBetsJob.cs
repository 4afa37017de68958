using CleanPlatform.Application.Betting.Bets.OpenBets;
using CleanPlatform.Application.Betting.Bets.SettleBets;
using CleanPlatform.Infrastructure.Jobs;
using Quartz;

namespace CleanPlatform.Infrastructure.Betting.Jobs;

/// <summary>Settles the bets of every organization with open bets (<see cref="SettleBets"/>), one organization at a time.</summary>
[DisallowConcurrentExecution]
public sealed partial class SettleBetsJob(SystemWork work, ILogger<SettleBetsJob> log)
    : PerOrganizationJob<SettlementRunDto>(work, new OrganizationsWithOpenBets(), new SettleBets())
{
    protected override void Done(IReadOnlyList<SettlementRunDto> runs, int organizations)
    {
        var (settled, voided) = (runs.Sum(r => r.Settled), runs.Sum(r => r.Voided));
        LogSettled(log, settled, voided, organizations);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Settled {Settled} and voided {Voided} bets of {Organizations} organizations")]
    private static partial void LogSettled(ILogger logger, int settled, int voided, int organizations);
}
