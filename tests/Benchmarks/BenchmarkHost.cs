using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CleanPlatform.Benchmarks;

/// <summary>
/// The API's real host (its services, Mediator pipeline and persistence) on a benchmark's database, with nothing on a
/// timer: no scheduled jobs, no outbox polling, no demo data. Benchmarks send commands through its services as the
/// jobs do; no HTTP request is made.
/// </summary>
internal sealed class BenchmarkHost(string connectionString) : WebApplicationFactory<Program>
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
    }
}
