using CleanPlatform.Application.Betting.Bets.OpenBets;
using CleanPlatform.Application.Betting.Bets.RecordClosingLines;
using CleanPlatform.Infrastructure.Jobs;
using Quartz;

namespace CleanPlatform.Infrastructure.Betting.Jobs;

/// <summary>Records the closing odds and CLV of every organization's kicked-off bets (<see cref="RecordClosingLines"/>).</summary>
[DisallowConcurrentExecution]
public sealed partial class RecordClosingLinesJob(SystemWork work, ILogger<RecordClosingLinesJob> log)
    : PerOrganizationJob<ClosingLineRunDto>(work, new OrganizationsWithOpenBets(), new RecordClosingLines())
{
    protected override void Done(IReadOnlyList<ClosingLineRunDto> runs, int organizations)
    {
        var (recorded, stale) = (runs.Sum(r => r.Recorded), runs.Sum(r => r.Stale));
        LogRecorded(log, recorded, stale, organizations);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recorded the close of {Recorded} bets ({Stale} stale) of {Organizations} organizations")]
    private static partial void LogRecorded(ILogger logger, int recorded, int stale, int organizations);
}
