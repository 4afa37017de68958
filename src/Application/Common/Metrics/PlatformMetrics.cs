using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CleanPlatform.Application.Common.Metrics;

/// <summary>
/// Business and use-case counters, exported at /metrics as <c>cleanplatform_*</c>. Modules add their
/// counters here so operators find them in one place.
/// </summary>
public static class PlatformMetrics
{
    public const string MeterName = "CleanPlatform";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> RequestsHandled = Meter.CreateCounter<long>(
        "requests.handled", description: "Commands and queries handled, by name and outcome.");

    public static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>(
        "request.duration", unit: "s", description: "Time spent handling a command or query.");

    public static readonly Counter<long> UsersRegistered = Meter.CreateCounter<long>(
        "users.registered", description: "Users registered.");

    public static readonly Counter<long> LoginsFailed = Meter.CreateCounter<long>(
        "logins.failed", description: "Failed log-ins, including locked-out attempts.");

    public static readonly Counter<long> ApiKeysCreated = Meter.CreateCounter<long>(
        "api_keys.created", description: "API keys created.");

    public static void Handled(string request, bool succeeded, TimeSpan elapsed)
    {
        var tags = new TagList { { "request", request }, { "outcome", succeeded ? "succeeded" : "failed" } };
        RequestsHandled.Add(1, tags);
        RequestDuration.Record(elapsed.TotalSeconds, tags);
    }
}
