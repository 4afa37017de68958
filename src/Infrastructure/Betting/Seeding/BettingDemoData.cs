using CleanPlatform.Application.Betting.Bets.RecordClosingLines;
using CleanPlatform.Application.Betting.Bets.SettleBets;
using CleanPlatform.Application.Betting.ImportFootballData;
using CleanPlatform.Application.Betting.Opportunities.RunAgents;
using CleanPlatform.Domain.Identity;
using CleanPlatform.Infrastructure.Callers;
using CleanPlatform.Infrastructure.Persistence;
using CleanPlatform.Infrastructure.Persistence.Seeding;
using Mediator;

namespace CleanPlatform.Infrastructure.Betting.Seeding;

/// <summary>
/// The demo organization's matches, prices, opportunities and bets: every season file of
/// <see cref="BettingDemoOptions.FootballDataDirectory"/> imported through the same command as an upload, the agents
/// replayed over them, the Admin's bets on the latest opportunities (<see cref="BettingDemoBets"/>), then settled and
/// closed by the runs the scheduler starts; all as the organization's background work (<c>system: DemoData</c>), so
/// every betting page shows real numbers on first start.
/// </summary>
internal sealed partial class BettingDemoData(SystemWork work, IOptions<BettingDemoOptions> options, TimeProvider time,
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

        await work.ForEachOrganizationAsync(SystemName, [organizationId], async (scope, token) =>
        {
            var sender = scope.GetRequiredService<ISender>();
            var run = await sender.Send(new RunAgents(Replay: true), token);
            var db = scope.GetRequiredService<AppDbContext>();
            // The organization's first Admin places the demo bets.
            var admin = await (from u in db.Users
                               join ur in db.UserRoles on u.Id equals ur.UserId
                               join r in db.Roles on ur.RoleId equals r.Id
                               where u.OrganizationId == organizationId && r.Name == Roles.Admin
                               orderby u.CreatedAt, u.Id
                               select u.Id).FirstAsync(token);
            var bets = await BettingDemoBets.PlaceAsync(db, organizationId, admin, time.GetUtcNow(), token);
            var settled = await sender.Send(new SettleBets(), token);
            await sender.Send(new RecordClosingLines(), token);
            LogBets(log, run.Raised, bets, settled.Settled);
        }, ct);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Demo data: agents raised {Opportunities} opportunities; {Bets} bets placed on them, {Settled} settled")]
    private static partial void LogBets(ILogger logger, int opportunities, int bets, int settled);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: imported {File} ({Events} matches, {Prices} prices)")]
    private static partial void LogImported(ILogger logger, string file, int events, int prices);
}
