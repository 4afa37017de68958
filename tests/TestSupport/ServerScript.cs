using System.Diagnostics;

namespace CleanPlatform.TestSupport;

/// <summary>
/// Runs one of build/scripts' throwaway servers (postgres.sh, redis.sh) for this test process: `start` prints
/// how to reach it, and the process stops it when it exits.
/// </summary>
internal static class ServerScript
{
    public static string StartForThisProcess(string script, string name)
    {
        var path = Path.Combine(PostgresServer.RepositoryRoot(), "build", "scripts", script);
        var directory = Path.Combine(Path.GetTempPath(), $"cleanplatform-{name}-{Environment.ProcessId}");
        var address = Run(path, "start", directory).Trim().Split('\n')[^1];
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Run(path, "stop", directory);
        return address;
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
            : throw new InvalidOperationException($"{Path.GetFileName(script)} {command} failed ({process.ExitCode}): {error}");
    }
}
