using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CleanPlatform.Application.Betting.Studies.Common;
using CleanPlatform.Application.Betting.Studies.RunBacktest;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Common;
using CleanPlatform.Domain.Identity;
using CleanPlatform.Infrastructure.Betting.Persistence;
using CleanPlatform.Infrastructure.Callers;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CleanPlatform.Benchmarks;

/// <summary>
/// Issue #13: a backtest (the value rule on 1X2, totals and Asian handicaps) over 400,000 snapshot rows of finished
/// matches, sent as the backtest endpoint sends it (through the real Mediator pipeline and host, as the organization's
/// system caller), against a hand-written read of the same rows (the join and columns the handler reads, typed reads,
/// nothing else). The goal: under 1 s.
/// </summary>
[MemoryDiagnoser, MinColumn, MedianColumn]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 10, invocationCount: 1)]
public class BacktestBenchmarks : IDisposable
{
    public const int Rows = 400_000;

    // The books a default backtest reads (the bet's, the fair price's and the closing line's), so every row is read.
    private static readonly string[] Bookmakers = ["b365", ClosingLine.Reference, ClosingLine.Fallback];

    private static readonly (MarketKind Market, decimal Line, Selection Selection)[] Prices =
    [
        (MarketKind.MatchResult, 0m, Selection.Home), (MarketKind.MatchResult, 0m, Selection.Draw),
        (MarketKind.MatchResult, 0m, Selection.Away),
        (MarketKind.Totals, 2.5m, Selection.Over), (MarketKind.Totals, 2.5m, Selection.Under),
        (MarketKind.Totals, 3.5m, Selection.Over), (MarketKind.Totals, 3.5m, Selection.Under),
        (MarketKind.AsianHandicap, -0.5m, Selection.Home), (MarketKind.AsianHandicap, -0.5m, Selection.Away),
        (MarketKind.AsianHandicap, -0.25m, Selection.Home), (MarketKind.AsianHandicap, -0.25m, Selection.Away),
    ];

    private static readonly (SnapshotKind Kind, TimeSpan BeforeKickOff)[] Captures =
    [
        (SnapshotKind.Opening, TimeSpan.FromDays(7)), (SnapshotKind.Intermediate, TimeSpan.FromDays(1)),
        (SnapshotKind.PreClosing, TimeSpan.FromHours(1)), (SnapshotKind.Closing, TimeSpan.Zero),
    ];

    private static readonly DateTimeOffset Start = new(2025, 8, 1, 12, 0, 0, TimeSpan.Zero);

    private const string HandWrittenQuery = """
        SELECT s."EventId", s."BookmakerId", s."Kind", s."Market", s."Line", s."Selection", s."Price", s."CapturedAt"
        FROM "OddsSnapshots" s
        JOIN "SportEvents" e ON e."Id" = s."EventId"
        WHERE e."OrganizationId" = @organization AND e."Status" = 'Completed'
          AND e."HomeGoals" IS NOT NULL AND e."AwayGoals" IS NOT NULL AND s."BookmakerId" = ANY(@books)
        """;

    private static readonly RunBacktest Backtest = new(
        Markets: [MarketKind.MatchResult, MarketKind.Totals, MarketKind.AsianHandicap]);

    private BenchmarkDatabase _database = null!;
    private BenchmarkHost _host = null!;
    private Guid _organizationId;
    private Guid[] _bookmakerIds = [];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        try
        {
            _database = await BenchmarkDatabase.CreateAsync("backtest");
            _organizationId = await SeedAsync();
            _database.Execute("""VACUUM ANALYZE "OddsSnapshots" """);
            _host = new BenchmarkHost(_database.ConnectionString);
            _ = _host.Services; // starts the host now, not in the first iteration
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    [Benchmark(Baseline = true)]
    public async Task<int> HandWrittenRead()
    {
        await using var command = _database.DataSource.CreateCommand(HandWrittenQuery);
        command.Parameters.AddWithValue("organization", _organizationId);
        command.Parameters.AddWithValue("books", _bookmakerIds);
        await using var reader = await command.ExecuteReaderAsync();
        var (rows, sum) = (0, 0m);
        while (await reader.ReadAsync())
        {
            _ = reader.GetGuid(0);
            _ = reader.GetGuid(1);
            _ = reader.GetInt32(2);
            _ = reader.GetInt32(3);
            sum += reader.GetDecimal(4) + reader.GetInt32(5) + reader.GetDecimal(6);
            _ = reader.GetFieldValue<DateTimeOffset>(7);
            rows++;
        }

        return rows == Rows && sum != 0 ? rows : throw new InvalidOperationException($"Read {rows} rows instead of {Rows}.");
    }

    [Benchmark]
    public async Task<int> RunBacktest()
    {
        BacktestDto? result = null;
        await _host.Services.GetRequiredService<SystemWork>().ForEachOrganizationAsync(nameof(RunBacktest), [_organizationId],
            async (services, ct) => result = await services.GetRequiredService<ISender>().Send(Backtest, ct),
            CancellationToken.None);
        return result is { Bets: > 0 } ? result.Bets : throw new InvalidOperationException("The backtest placed no bets.");
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _host?.Dispose();
        _database?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Finished matches with scores, and every price of three books at four capture kinds each, from a fixed seed.</summary>
    private async Task<Guid> SeedAsync()
    {
        var plan = Plan.Define(Plan.Free, requestsPerMinute: 60, monthlyQuota: 10_000);
        var organization = Organization.Open("Benchmark", plan.Code, Start);
        var sport = Sport.Add(organization.Id, "soccer", "Soccer", Start);
        var competition = Competition.Add(organization.Id, sport.Id, "E0", "Premier League", Start);
        var season = Season.Add(organization.Id, competition.Id, "2025/2026", Start);
        var bookmakers = Bookmakers
            .Select(key => Bookmaker.Add(organization.Id, key, key, isAggregate: key == ClosingLine.Fallback, Start))
            .ToList();
        var perEvent = Bookmakers.Length * Prices.Length * Captures.Length;
        var random = new Random(13);
        var events = Enumerable.Range(0, (Rows + perEvent - 1) / perEvent)
            .Select(i =>
            {
                var sportEvent = SportEvent.Schedule(organization.Id, competition.Id, season.Id, $"Home {i:0000}",
                    $"Away {i:0000}", Start.AddHours(2 * i), Start.AddHours(2 * i).UtcDateTime, "Europe/London", Start);
                sportEvent.Complete(new Score(random.Next(5), random.Next(4)), null);
                return sportEvent;
            })
            .ToList();
        await using var db = _database.NewContext();
        db.AddRange([plan, organization, sport, competition, season, .. bookmakers, .. events]);
        await db.SaveChangesAsync();
        _bookmakerIds = [.. bookmakers.Select(b => b.Id)];

        var snapshots = new List<OddsSnapshot>(Rows);
        foreach (var sportEvent in events)
        {
            foreach (var bookmaker in bookmakers)
            {
                foreach (var (kind, beforeKickOff) in Captures)
                {
                    foreach (var (market, line, selection) in Prices)
                    {
                        if (snapshots.Count == Rows)
                            break;
                        var price = new Odds(Math.Round(1.05m + ((decimal)random.NextDouble() * 4m), 2));
                        snapshots.Add(OddsSnapshot.Capture(organization.Id, sportEvent.Id, bookmaker.Id, market, line,
                            selection, price, sportEvent.KickOffUtc - beforeKickOff, kind));
                    }
                }
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        await new PostgresOddsSnapshotWriter(db).WriteAsync(snapshots, CancellationToken.None);
        await transaction.CommitAsync();
        return organization.Id;
    }
}
