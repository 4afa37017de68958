using BenchmarkDotNet.Attributes;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Infrastructure.Betting.Persistence;
using CleanPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
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
[Config(typeof(DatabaseBenchmarkConfig))]
public class OddsSnapshotImportBenchmarks : IDisposable
{
    public const int Rows = 400_000;
    private const int Bookmakers = 20;
    private const string Table = "\"OddsSnapshots\"";

    private static readonly DateTimeOffset Start = new(2026, 8, 1, 12, 0, 0, TimeSpan.Zero);

    private BenchmarkDatabase _database = null!;
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
        _database = await BenchmarkDatabase.CreateAsync("snapshots");
        await using (var db = _database.NewContext())
            _snapshots = await SeedAsync(db);

        // Both benchmarks write the same table; background vacuum or analyze of it would land in either's time.
        _database.Execute($"ALTER TABLE {Table} SET (autovacuum_enabled = false)");
    }

    [IterationSetup]
    public void EmptyTable()
    {
        _database.Execute($"TRUNCATE {Table} RESTART IDENTITY");
        // Start each iteration with no dirty buffers left by the previous one, so no iteration pays for another's
        // checkpoint; needs a superuser (or pg_checkpoint), which a throwaway cluster gives.
        _database.Execute("CHECKPOINT");
    }

    [Benchmark(Baseline = true)]
    public async Task<ulong> RawBinaryCopy()
    {
        await using var connection = await _database.DataSource.OpenConnectionAsync();
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
        await using var db = _database.NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var written = await new PostgresOddsSnapshotWriter(db).WriteAsync(_snapshots, CancellationToken.None);
        await transaction.CommitAsync();
        return Written((ulong)written);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _database?.Dispose();
        GC.SuppressFinalize(this);
    }

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
        var league = BenchmarkLeague.Open(Start, "2026/2027");
        var bookmakers = Enumerable.Range(1, Bookmakers)
            .Select(i => Bookmaker.Add(league.Organization.Id, $"book{i:00}", $"Book {i:00}", isAggregate: false, Start))
            .ToList();
        var events = Enumerable.Range(0, SnapshotGrid.EventsFor(Rows, Bookmakers))
            .Select(i => league.Schedule($"Home {i:000}", $"Away {i:000}", Start.AddHours(2 * i)))
            .ToList();
        db.AddRange([.. league.Entities, .. bookmakers, .. events]);
        await db.SaveChangesAsync();

        return SnapshotGrid.Capture(events, bookmakers, Rows, new Random(13), spread: 9m);
    }
}
