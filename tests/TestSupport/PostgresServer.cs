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

    /// <summary>
    /// The folder of CleanPlatform.sln: above the running assembly, or else above the working directory (BenchmarkDotNet
    /// runs each benchmark from a project it generates, which build/bench.sh runs from the repository's root).
    /// </summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "CleanPlatform.sln")))
                    return directory.FullName;
            }
        }

        throw new InvalidOperationException("CleanPlatform.sln not found above the running assembly or the working directory.");
    }
}
