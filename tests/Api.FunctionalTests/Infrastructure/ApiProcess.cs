using System.Diagnostics;
using System.Text;
using CleanPlatform.Infrastructure.Callers;
using Npgsql;

namespace CleanPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// The built API (<c>src/Api/bin/&lt;configuration&gt;/net10.0/CleanPlatform.Api.dll</c>) as a child process on a
/// PostgreSQL database of its own: serving, or running a command-line command. It can be killed with SIGKILL, as a
/// crash or an out-of-memory kill would end it: no shutdown code runs.
/// </summary>
internal sealed class ApiProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ApiProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>What the process wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the API with <paramref name="arguments"/> on <paramref name="connectionString"/>, plus <paramref name="settings"/>.</summary>
    public static ApiProcess Start(string connectionString, IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var dll = DllPath();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["Database__Provider"] = "Postgres";
        start.Environment["ConnectionStrings__Default"] = connectionString;
        start.Environment["Database__MigrateOnStartup"] = "true";
        start.Environment["Seed__DemoData"] = "false";
        start.Environment["Jwt__SigningKey"] = "kill-tests-signing-key-of-at-least-32-bytes-long";
        start.Environment["Outbox__PollInterval"] = "01:00:00";
        start.Environment["Outbox__DispatchOnCommit"] = "false";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            start.Environment[key] = value;
        return new ApiProcess(Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet."));
    }

    /// <summary>SIGKILL: the process ends at once, in whatever it was doing.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
    }

    /// <summary>Waits for the process to exit on its own and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The API did not exit within {timeout}:\n{Output}");
        }

        return _process.ExitCode;
    }

    /// <summary>
    /// Polls <paramref name="done"/> every 20 ms, so a kill lands early in what it waits for; gives up, with the API's
    /// output, when the API exits first or after <paramref name="patience"/>.
    /// </summary>
    public async Task PollAsync(Func<Task<bool>> done, TimeSpan patience, CancellationToken ct)
    {
        var deadline = DateTimeOffset.UtcNow + patience;
        while (!await done())
        {
            if (HasExited)
                throw new InvalidOperationException($"The API exited before the awaited state:\n{Output}");
            if (DateTimeOffset.UtcNow > deadline)
                throw new TimeoutException($"The awaited state did not come within {patience}:\n{Output}");
            await Task.Delay(TimeSpan.FromMilliseconds(20), ct);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    /// <summary>Makes the schema (the real migrations), the Free plan and one organization; returns the organization's id.</summary>
    public static async Task<Guid> PrepareDatabaseAsync(string connectionString, CancellationToken ct)
    {
        await using var db = Context(connectionString);
        await db.Database.MigrateAsync(ct);
        var now = DateTimeOffset.UtcNow;
        var plan = Plan.Define(Plan.Free, requestsPerMinute: 60, monthlyQuota: 10_000);
        var organization = Organization.Open("Kill tests", plan.Code, now);
        db.AddRange(plan, organization);
        await db.SaveChangesAsync(ct);
        return organization.Id;
    }

    /// <summary>A context on <paramref name="connectionString"/> that sees every organization.</summary>
    public static PostgresAppDbContext Context(string connectionString) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connectionString).Options)
        {
            Caller = SystemCaller.Instance,
        };

    /// <summary>Whether a session other than the caller's holds an advisory lock: an organization's import or run is under way.</summary>
    public static async Task<bool> RunIsUnderWayAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid())",
            connection);
        return await command.ExecuteScalarAsync(ct) is true;
    }

    public static async Task<long> CountAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    // The build next to the tests' own: a Release test run starts the Release API.
    private static string DllPath()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}",
            StringComparison.Ordinal) ? "Debug" : "Release";
        var dll = Path.Combine(PostgresServer.RepositoryRoot(), "src", "Api", "bin", configuration, "net10.0", "CleanPlatform.Api.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"Build the API first: {dll} is missing.");
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }
}
