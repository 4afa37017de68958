using BenchmarkDotNet.Attributes;
using CleanPlatform.Application.Billing.Usage.RecordUsage;
using CleanPlatform.Infrastructure.Callers;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using NpgsqlTypes;

namespace CleanPlatform.Benchmarks;

/// <summary>
/// Issue #14: usage ingestion in events/s. 20,000 metering events of one organization sent as 20 requests of 1,000
/// through <see cref="RecordUsage"/> (the real Mediator pipeline and host, as the system caller inside the organization:
/// validation, the organization's ingestion lock, the duplicate check, the insert, one transaction per request), against
/// a hand-written binary COPY of the same rows into the same table. Both start from an empty table; the ratio is how
/// many times longer the pipeline takes than COPY.
/// </summary>
[Config(typeof(DatabaseBenchmarkConfig))]
public class UsageIngestionBenchmarks : IDisposable
{
    public const int Events = 20_000;
    private const string Table = "\"UsageRecords\"";

    private static readonly string[] Meters = ["odds_requests", "backtests", "storage_gb", "open_positions"];

    private BenchmarkDatabase _database = null!;
    private BenchmarkHost _host = null!;
    private Guid _organizationId;
    private List<UsageEventRequest> _events = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        try
        {
            _database = await BenchmarkDatabase.CreateAsync("usage");
            var league = BenchmarkLeague.Open(DateTimeOffset.UtcNow.AddDays(-1), "2026/2027");
            await using (var db = _database.NewContext())
            {
                db.AddRange(league.Entities);
                await db.SaveChangesAsync();
            }

            _organizationId = league.Organization.Id;
            // This month, so that every event falls in the period still open; a fixed seed, so every run sends the same.
            var at = DateTimeOffset.UtcNow.AddSeconds(-1);
            var random = new Random(14);
            _events = [.. Enumerable.Range(0, Events).Select(i => new UsageEventRequest(
                $"evt-{i:000000}", Meters[i % Meters.Length], random.Next(0, 10_000) / 100m, at.AddTicks(-i * 10), null))];
            _host = new BenchmarkHost(_database.ConnectionString);
            _ = _host.Services;
            _database.Execute($"ALTER TABLE {Table} SET (autovacuum_enabled = false)");
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    [IterationSetup]
    public void EmptyTable()
    {
        _database.Execute($"TRUNCATE {Table}");
        _database.Execute("CHECKPOINT");
    }

    [Benchmark(Baseline = true)]
    public async Task<ulong> RawBinaryCopy()
    {
        var now = DateTimeOffset.UtcNow;
        await using var connection = await _database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        ulong written;
        await using (var copy = await connection.BeginBinaryImportAsync(
            $"COPY {Table} (\"Id\", \"OrganizationId\", \"EventId\", \"Meter\", \"Value\", \"Timestamp\", \"Property\", " +
            "\"IngestedOrder\", \"Version\", \"CreatedAt\") FROM STDIN (FORMAT BINARY)"))
        {
            var order = 0L;
            foreach (var e in _events)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.CreateVersion7(now), NpgsqlDbType.Uuid);
                await copy.WriteAsync(_organizationId, NpgsqlDbType.Uuid);
                await copy.WriteAsync(e.EventId, NpgsqlDbType.Varchar);
                await copy.WriteAsync(e.Meter, NpgsqlDbType.Varchar);
                await copy.WriteAsync(e.Value, NpgsqlDbType.Numeric);
                await copy.WriteAsync(e.Timestamp, NpgsqlDbType.TimestampTz);
                await copy.WriteNullAsync();
                await copy.WriteAsync(order++, NpgsqlDbType.Bigint);
                await copy.WriteAsync(0, NpgsqlDbType.Integer);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }

            written = await copy.CompleteAsync();
        }

        await transaction.CommitAsync();
        return Written(written);
    }

    [Benchmark]
    public async Task<ulong> RecordUsageRequests()
    {
        var accepted = 0;
        var work = _host.Services.GetRequiredService<SystemWork>();
        foreach (var batch in _events.Chunk(RecordUsage.MaxEvents))
            await work.ForEachOrganizationAsync("UsageBenchmark", [_organizationId], async (services, ct) =>
                accepted += (await services.GetRequiredService<ISender>().Send(new RecordUsage(batch), ct)).Accepted,
                CancellationToken.None);
        return Written((ulong)accepted);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _host?.Dispose();
        _database?.Dispose();
        GC.SuppressFinalize(this);
    }

    private static ulong Written(ulong rows) =>
        rows == Events ? rows : throw new InvalidOperationException($"Wrote {rows} events instead of {Events}.");
}
