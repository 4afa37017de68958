using CleanPlatform.Application.Betting.ImportFootballData;
using CleanPlatform.Infrastructure.Callers;
using CleanPlatform.Infrastructure.Persistence.Seeding;
using Mediator;

namespace CleanPlatform.Infrastructure.Betting.Seeding;

/// <summary>
/// The demo organization's matches and prices: every season file of <see cref="BettingDemoOptions.FootballDataDirectory"/>
/// imported through the same command as an upload, as the organization's background work (<c>system: DemoData</c>).
/// </summary>
internal sealed partial class BettingDemoData(SystemWork work, IOptions<BettingDemoOptions> options,
    ILogger<BettingDemoData> log) : IModuleDemoData
{
    public const string SystemName = "DemoData";

    public async Task SeedAsync(Guid organizationId, CancellationToken ct)
    {
        if (options.Value.FootballDataDirectory is not { Length: > 0 } directory || !Directory.Exists(directory))
            return;
        foreach (var file in Directory.EnumerateFiles(directory, "*.csv").Order(StringComparer.Ordinal))
        {
            var report = await FootballDataFileImport.ImportAsync(work, SystemName, organizationId, file, ct);
            LogImported(log, report.FileName, report.EventsAdded, report.SnapshotsAdded);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: imported {File} ({Events} matches, {Prices} prices)")]
    private static partial void LogImported(ILogger logger, string file, int events, int prices);
}
