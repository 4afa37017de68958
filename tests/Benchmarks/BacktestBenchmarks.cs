using BenchmarkDotNet.Attributes;
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
[Config(typeof(DatabaseBenchmarkConfig))]
public class BacktestBenchmarks : IDisposable
{
    public const int Rows = 400_000;

    // The books a default backtest reads (the bet's, the fair price's and the closing line's), so every row is read.
    private static readonly string[] Bookmakers = ["b365", ClosingLine.Reference, ClosingLine.Fallback];

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
        var league = BenchmarkLeague.Open(Start, "2025/2026");
        var bookmakers = Bookmakers
            .Select(key => Bookmaker.Add(league.Organization.Id, key, key, isAggregate: key == ClosingLine.Fallback, Start))
            .ToList();
        var random = new Random(13);
        var events = Enumerable.Range(0, SnapshotGrid.EventsFor(Rows, Bookmakers.Length))
            .Select(i =>
            {
                var sportEvent = league.Schedule($"Home {i:0000}", $"Away {i:0000}", Start.AddHours(2 * i));
                sportEvent.Complete(new Score(random.Next(5), random.Next(4)), null);
                return sportEvent;
            })
            .ToList();
        await using var db = _database.NewContext();
        db.AddRange([.. league.Entities, .. bookmakers, .. events]);
        await db.SaveChangesAsync();
        _bookmakerIds = [.. bookmakers.Select(b => b.Id)];

        var snapshots = SnapshotGrid.Capture(events, bookmakers, Rows, random, spread: 4m);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await new PostgresOddsSnapshotWriter(db).WriteAsync(snapshots, CancellationToken.None);
        await transaction.CommitAsync();
        return league.Organization.Id;
    }
}
