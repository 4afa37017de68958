using System.Diagnostics;
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

    private static string StartOrReuse()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
            return configured;

        var script = Path.Combine(RepositoryRoot(), "build", "scripts", "postgres.sh");
        var directory = Path.Combine(Path.GetTempPath(), $"cleanplatform-pg-{Environment.ProcessId}");
        var connectionString = Run(script, "start", directory).Trim().Split('\n')[^1];
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Run(script, "stop", directory);
        return connectionString;
    }

    private static string Run(string script, string command, string directory)
    {
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

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CleanPlatform.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("CleanPlatform.sln not found above the tests.");
    }
}
