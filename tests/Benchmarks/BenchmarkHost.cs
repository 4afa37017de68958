using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CleanPlatform.Benchmarks;

/// <summary>
/// The API's real host (its services, Mediator pipeline and persistence) on a benchmark's database, with nothing on a
/// timer: no scheduled jobs, no outbox polling, no demo data. Benchmarks send commands through its services as the
/// jobs do; no HTTP request is made. <paramref name="settings"/> are set on top of the benchmark's defaults.
/// </summary>
internal sealed class BenchmarkHost(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Benchmark");
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Default", connectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Seed:DemoData", "false");
        builder.UseSetting("Jwt:SigningKey", "benchmark-signing-key-of-at-least-32-bytes-long");
        builder.UseSetting("Jobs:RunOnSchedule", "false");
        builder.UseSetting("Usage:FlushIntervalMilliseconds", "3600000");
        builder.UseSetting("Outbox:PollInterval", "01:00:00");
        builder.UseSetting("Outbox:DispatchOnCommit", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            builder.UseSetting(key, value);
    }
}
