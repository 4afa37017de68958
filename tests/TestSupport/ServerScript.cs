using System.Diagnostics;

namespace CleanPlatform.TestSupport;

/// <summary>
/// Runs one of build/scripts' throwaway servers (postgres.sh, redis.sh): `start` prints how to reach it, `stop` ends
/// it. The tests start one for the whole process; a benchmark starts and stops one of its own.
/// </summary>
public static class ServerScript
{
    /// <summary>Starts the server in <paramref name="directory"/> and returns how to reach it.</summary>
    public static string Start(string script, string directory) => Run(script, "start", directory).Trim().Split('\n')[^1];

    public static void Stop(string script, string directory) => Run(script, "stop", directory);

    /// <summary>Starts the server for this process; it stops when the process exits.</summary>
    public static string StartForThisProcess(string script, string name)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"cleanplatform-{name}-{Environment.ProcessId}");
        var address = Start(script, directory);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(script, directory);
        return address;
    }

    private static string Run(string script, string command, string directory)
    {
        var path = Path.Combine(PostgresServer.RepositoryRoot(), "build", "scripts", script);
        using var process = Process.Start(new ProcessStartInfo("bash", [path, command, directory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("Could not start bash.");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"{script} {command} failed ({process.ExitCode}): {error}");
    }
}
