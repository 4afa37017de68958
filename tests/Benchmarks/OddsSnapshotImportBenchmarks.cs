using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Common;
using CleanPlatform.Domain.Identity;
using CleanPlatform.Infrastructure.Betting.Persistence;
using CleanPlatform.Infrastructure.Callers;
using CleanPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CleanPlatform.Benchmarks;

/// <summary>
/// Issue #13: the production PostgreSQL snapshot writer (binary COPY into a staging table, then an INSERT … SELECT
/// that skips stored natural keys) against a hand-written binary COPY of the same 400,000 rows straight into the
/// same table, each iteration into an empty table. The goal is the writer at 0.8 × the raw COPY's throughput or
/// better, i.e. a ratio of at most 1.25.
/// <para>
/// PostgreSQL: the server in <c>CLEANPLATFORM_BENCH_POSTGRES</c> when set (a database of its own is made and dropped
/// again), otherwise a throwaway cluster from <c>build/scripts/postgres.sh</c> that lives as long as the benchmark.
/// </para>
/// </summary>
[MemoryDiagnoser, MinColumn, MedianColumn]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 10, invocationCount: 1)]
public class OddsSnapshotImportBenchmarks : IDisposable
{
    public const string EnvironmentVariable = "CLEANPLATFORM_BENCH_POSTGRES";
    public const int Rows = 400_000;
    private const int Bookmakers = 20;
    private const string Table = "\"OddsSnapshots\"";

    // Per event and bookmaker: every price of these markets at each of the four capture kinds (11 × 4 = 44).
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

    private static readonly DateTimeOffset Start = new(2026, 8, 1, 12, 0, 0, TimeSpan.Zero);

    private string? _clusterDirectory;
    private string _server = "";
    private string _database = "";
    private NpgsqlDataSource _dataSource = null!;
    private DbContextOptions<PostgresAppDbContext> _options = null!;
    private List<OddsSnapshot> _snapshots = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        try
        {
            await PrepareAsync();
        }
        catch
        {
            // BenchmarkDotNet skips the cleanup when the setup fails; the cluster must not outlive the process.
            Dispose();
            throw;
        }
    }

    private async Task PrepareAsync()
    {
        _server = Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured
            ? configured
            : StartCluster();
        _database = $"bench_snapshots_{Guid.NewGuid():N}";
        await using (var server = new NpgsqlConnection(_server))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", server);
            await create.ExecuteNonQueryAsync();
        }

        // As the application connects: prepared statements, no reset on pool return.
        var connectionString = PersistenceRegistration.PostgresDefaults(
            new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString);
        _dataSource = NpgsqlDataSource.Create(connectionString);
        _options = new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(_dataSource).Options;

        await using (var db = NewContext())
        {
            await db.Database.MigrateAsync();
            _snapshots = await SeedAsync(db);
        }

        // Both benchmarks write the same table; background vacuum or analyze of it would land in either's time.
        await using var noAutovacuum = _dataSource.CreateCommand($"ALTER TABLE {Table} SET (autovacuum_enabled = false)");
        await noAutovacuum.ExecuteNonQueryAsync();
    }

    [IterationSetup]
    public void EmptyTable()
    {
        using var truncate = _dataSource.CreateCommand($"TRUNCATE {Table} RESTART IDENTITY");
        truncate.ExecuteNonQuery();
        // Start each iteration with no dirty buffers left by the previous one, so no iteration pays for another's
        // checkpoint; needs a superuser (or pg_checkpoint), which a throwaway cluster gives.
        try
        {
            using var checkpoint = _dataSource.CreateCommand("CHECKPOINT");
            checkpoint.ExecuteNonQuery();
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
        }
    }

    [Benchmark(Baseline = true)]
    public async Task<ulong> RawBinaryCopy()
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        ulong written;
        await using (var copy = await connection.BeginBinaryImportAsync(
            $"COPY {Table} (\"OrganizationId\", \"EventId\", \"BookmakerId\", \"Market\", \"Line\", \"Selection\", " +
            "\"Price\", \"CapturedAt\", \"Kind\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var snapshot in _snapshots)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(snapshot.OrganizationId, NpgsqlDbType.Uuid);
                await copy.WriteAsync(snapshot.EventId, NpgsqlDbType.Uuid);
                await copy.WriteAsync(snapshot.BookmakerId, NpgsqlDbType.Uuid);
                await copy.WriteAsync((int)snapshot.Market, NpgsqlDbType.Integer);
                await copy.WriteAsync(snapshot.Line, NpgsqlDbType.Numeric);
                await copy.WriteAsync((int)snapshot.Selection, NpgsqlDbType.Integer);
                await copy.WriteAsync(snapshot.Price.Value, NpgsqlDbType.Numeric);
                await copy.WriteAsync(snapshot.CapturedAt, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync((int)snapshot.Kind, NpgsqlDbType.Integer);
            }

            written = await copy.CompleteAsync();
        }

        await transaction.CommitAsync();
        return Written(written);
    }

    [Benchmark]
    public async Task<ulong> SnapshotWriter()
    {
        await using var db = NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var written = await new PostgresOddsSnapshotWriter(db).WriteAsync(_snapshots, CancellationToken.None);
        await transaction.CommitAsync();
        return Written((ulong)written);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _dataSource?.Dispose();
        NpgsqlConnection.ClearAllPools();
        if (_clusterDirectory is not null)
        {
            Script("stop", _clusterDirectory);
            _clusterDirectory = null;
        }
        else if (_database.Length > 0)
        {
            using var server = new NpgsqlConnection(_server);
            server.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", server);
            drop.ExecuteNonQuery();
        }

        _database = "";
        GC.SuppressFinalize(this);
    }

    private PostgresAppDbContext NewContext() => new(_options) { Caller = SystemCaller.Instance };

    // Every iteration starts from an empty table, so each must have written every row; fewer means it measured
    // something else.
    private static ulong Written(ulong rows) =>
        rows == Rows ? rows : throw new InvalidOperationException($"Wrote {rows} snapshots instead of {Rows}.");

    /// <summary>
    /// One organization, 20 bookmakers and as many events as 400,000 prices need, in the order an import file gives
    /// them (event by event); prices from a fixed seed, so every run writes the same rows.
    /// </summary>
    private static async Task<List<OddsSnapshot>> SeedAsync(AppDbContext db)
    {
        var plan = Plan.Define(Plan.Free, requestsPerMinute: 60, monthlyQuota: 10_000);
        var organization = Organization.Open("Benchmark", plan.Code, Start);
        var sport = Sport.Add(organization.Id, "soccer", "Soccer", Start);
        var competition = Competition.Add(organization.Id, sport.Id, "E0", "Premier League", Start);
        var season = Season.Add(organization.Id, competition.Id, "2026/2027", Start);
        var bookmakers = Enumerable.Range(1, Bookmakers)
            .Select(i => Bookmaker.Add(organization.Id, $"book{i:00}", $"Book {i:00}", isAggregate: false, Start))
            .ToList();
        var perEvent = Bookmakers * Prices.Length * Captures.Length;
        var events = Enumerable.Range(0, (Rows + perEvent - 1) / perEvent)
            .Select(i => SportEvent.Schedule(organization.Id, competition.Id, season.Id, $"Home {i:000}", $"Away {i:000}",
                Start.AddHours(2 * i), Start.AddHours(2 * i).UtcDateTime, "Europe/London", Start))
            .ToList();
        db.AddRange([plan, organization, sport, competition, season, .. bookmakers, .. events]);
        await db.SaveChangesAsync();

        var random = new Random(13);
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
                            return snapshots;
                        var price = new Odds(Math.Round(1.05m + ((decimal)random.NextDouble() * 9m), 2));
                        snapshots.Add(OddsSnapshot.Capture(organization.Id, sportEvent.Id, bookmaker.Id, market, line,
                            selection, price, sportEvent.KickOffUtc - beforeKickOff, kind));
                    }
                }
            }
        }

        return snapshots;
    }

    private string StartCluster()
    {
        _clusterDirectory = Directory.CreateTempSubdirectory("cleanplatform-bench-pg-").FullName;
        return Script("start", _clusterDirectory).Trim().Split('\n')[^1];
    }

    private static string Script(string command, string directory)
    {
        var script = Path.Combine(RepositoryRoot(), "build", "scripts", "postgres.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script, command, directory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("Could not start bash.");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"postgres.sh {command} failed ({process.ExitCode}): {error}");
    }

    // BenchmarkDotNet runs each benchmark from a generated project under bin/, so look up from there, then from
    // the working directory (build/bench.sh runs from the repository's root).
    private static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "CleanPlatform.sln")))
                    return directory.FullName;
            }
        }

        throw new InvalidOperationException("CleanPlatform.sln not found above the benchmarks or the working directory.");
    }
}
