using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CleanPlatform.Application.Common.Metrics;

/// <summary>
/// The platform's meter, exported at /metrics as <c>cleanplatform_*</c>, and the counters every use case
/// shares. Each module keeps its own business counters on this meter in a class of its own
/// (<c>IdentityMetrics</c>, …), so operators still find them in one place.
/// </summary>
public static class PlatformMetrics
{
    public const string MeterName = "CleanPlatform";

    /// <summary>The one meter every module's instruments hang on.</summary>
    public static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> RequestsHandled = Meter.CreateCounter<long>(
        "requests.handled", description: "Commands and queries handled, by name and outcome.");

    public static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>(
        "request.duration", unit: "s", description: "Time spent handling a command or query.");

    public static void Handled(string request, bool succeeded, TimeSpan elapsed)
    {
        var tags = new TagList { { "request", request }, { "outcome", succeeded ? "succeeded" : "failed" } };
        RequestsHandled.Add(1, tags);
        RequestDuration.Record(elapsed.TotalSeconds, tags);
    }
}
