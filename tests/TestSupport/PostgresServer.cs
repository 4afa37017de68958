using Npgsql;

namespace CleanPlatform.TestSupport;

/// <summary>
/// The throwaway PostgreSQL the tests run on: the one build/test.sh started (CLEANPLATFORM_TEST_POSTGRES),
/// or, when a developer runs `dotnet test` alone, one this process starts with build/scripts/postgres.sh
/// and stops on exit. Each fixture gets a database of its own, so test assemblies can run in parallel.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "CLEANPLATFORM_TEST_POSTGRES";
    private static readonly Lazy<string> Server = new(StartOrReuse, LazyThreadSafetyMode.ExecutionAndPublication);

    public static async Task<string> CreateDatabaseAsync(string prefix, CancellationToken ct)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 63)].ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(Server.Value))
        {
            await connection.OpenAsync(ct);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync(ct);
        }

        return new NpgsqlConnectionStringBuilder(Server.Value) { Database = name, Pooling = true }.ConnectionString;
    }

    private static string StartOrReuse() =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured
            ? configured
            : ServerScript.StartForThisProcess("postgres.sh", "pg");

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CleanPlatform.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("CleanPlatform.sln not found above the tests.");
    }
}
