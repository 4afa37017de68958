using System.Globalization;
using System.Net.Http.Headers;
using CleanPlatform.Application.Betting.OddsFeed;

namespace CleanPlatform.Infrastructure.Betting.OddsApi;

/// <summary>Reads the credit counters every response carries.</summary>
internal static class OddsApiQuota
{
    public static OddsFeedQuota Read(HttpResponseHeaders headers) =>
        new(Count(headers, "x-requests-remaining"), Count(headers, "x-requests-used"), Count(headers, "x-requests-last"));

    // Credits are whole numbers; a fractional value is rounded down, so the remaining count is never overstated.
    private static int? Count(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && decimal.TryParse(values.FirstOrDefault(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
        && value is >= 0 and <= int.MaxValue
            ? (int)decimal.Floor(value)
            : null;
}
