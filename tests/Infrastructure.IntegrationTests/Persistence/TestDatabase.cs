using Microsoft.Data.Sqlite;

namespace CleanPlatform.Infrastructure.IntegrationTests.Persistence;

/// <summary>A fresh database of its own on SQLite (a temporary file, deleted on dispose) or PostgreSQL.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly Func<AppDbContext> _newContext;
    private readonly string? _file;

    private TestDatabase(Func<AppDbContext> newContext, string? file)
    {
        _newContext = newContext;
        _file = file;
    }

    /// <summary>The providers that run here; SQL Server is checked without a server.</summary>
    public static TheoryData<string> Providers => ["Sqlite", "Postgres"];

    /// <summary>An empty database: no migration applied yet.</summary>
    public static async Task<TestDatabase> CreateAsync(string provider, CancellationToken ct)
    {
        if (provider == "Sqlite")
        {
            var file = Path.Combine(Path.GetTempPath(), $"cleanplatform-it-{Guid.NewGuid():N}.db");
            var sqlite = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={file}").Options;
            return new TestDatabase(() => new SqliteAppDbContext(sqlite) { Caller = SystemCaller.Instance }, file);
        }

        var connectionString = await PostgresServer.CreateDatabaseAsync("integration", ct);
        var postgres = new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connectionString).Options;
        return new TestDatabase(() => new PostgresAppDbContext(postgres) { Caller = SystemCaller.Instance }, null);
    }

    /// <summary>A database with every migration applied.</summary>
    public static async Task<TestDatabase> MigratedAsync(string provider, CancellationToken ct)
    {
        var database = await CreateAsync(provider, ct);
        await using var context = database.NewContext();
        await context.Database.MigrateAsync(ct);
        return database;
    }

    /// <summary>A new context (as the platform: no tenant filter) over this database.</summary>
    public AppDbContext NewContext() => _newContext();

    public ValueTask DisposeAsync()
    {
        if (_file is not null)
        {
            SqliteConnection.ClearAllPools();
            File.Delete(_file);
        }

        return ValueTask.CompletedTask;
    }
}
