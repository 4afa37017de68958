using CleanPlatform.Infrastructure.Callers;
using CleanPlatform.Infrastructure.Persistence;
using CleanPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CleanPlatform.Benchmarks;

/// <summary>
/// A PostgreSQL database of a benchmark's own, migrated: in the server of <c>CLEANPLATFORM_BENCH_POSTGRES</c> when
/// set (dropped again on dispose), otherwise in a throwaway cluster from <c>build/scripts/postgres.sh</c> that lives
/// as long as the benchmark's process.
/// </summary>
internal sealed class BenchmarkDatabase : IDisposable
{
    public const string EnvironmentVariable = "CLEANPLATFORM_BENCH_POSTGRES";
    private const string Script = "postgres.sh";

    private readonly string _server;
    private readonly string _database;
    private string? _clusterDirectory;

    private BenchmarkDatabase(string server, string database, string? clusterDirectory)
    {
        _server = server;
        _database = database;
        _clusterDirectory = clusterDirectory;
        // As the application connects: prepared statements, no reset on pool return.
        ConnectionString = PersistenceRegistration.PostgresDefaults(
            new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString);
        DataSource = NpgsqlDataSource.Create(ConnectionString);
        Options = new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(DataSource).Options;
    }

    public string ConnectionString { get; }

    public NpgsqlDataSource DataSource { get; }

    public DbContextOptions<PostgresAppDbContext> Options { get; }

    /// <summary>Makes the database and applies the real migrations.</summary>
    public static async Task<BenchmarkDatabase> CreateAsync(string name)
    {
        string? cluster = null;
        var server = Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured
            ? configured
            : StartCluster(out cluster);
        var created = new BenchmarkDatabase(server, $"bench_{name}_{Guid.NewGuid():N}", cluster);
        try
        {
            await using (var connection = new NpgsqlConnection(server))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{created._database}\"", connection);
                await create.ExecuteNonQueryAsync();
            }

            await using var db = created.NewContext();
            await db.Database.MigrateAsync();
            return created;
        }
        catch when (cluster is not null)
        {
            // BenchmarkDotNet skips the cleanup when the setup fails; the cluster must not outlive the process.
            created.Dispose();
            throw;
        }
    }

    public PostgresAppDbContext NewContext() => new(Options) { Caller = SystemCaller.Instance };

    /// <summary>Runs <paramref name="sql"/>; a <c>CHECKPOINT</c> that needs a superuser is skipped without one.</summary>
    public void Execute(string sql)
    {
        try
        {
            using var command = DataSource.CreateCommand(sql);
            command.CommandTimeout = 600;
            command.ExecuteNonQuery();
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege && sql == "CHECKPOINT")
        {
        }
    }

    public void Dispose()
    {
        DataSource.Dispose();
        NpgsqlConnection.ClearAllPools();
        if (_clusterDirectory is not null)
        {
            ServerScript.Stop(Script, _clusterDirectory);
            _clusterDirectory = null;
            return;
        }

        using var server = new NpgsqlConnection(_server);
        server.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", server);
        drop.ExecuteNonQuery();
    }

    private static string StartCluster(out string? directory)
    {
        directory = Directory.CreateTempSubdirectory("cleanplatform-bench-pg-").FullName;
        return ServerScript.Start(Script, directory);
    }
}
