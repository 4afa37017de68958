using System.Text.RegularExpressions;

namespace CleanPlatform.Infrastructure.Betting.OddsApi;

/// <summary>The API key travels in the query string (<c>apiKey=</c>): anything we log shows the URL without it.</summary>
internal static partial class OddsApiRedaction
{
    public const string Mask = "***";

    public static string Scrub(string url) => ApiKeyValue().Replace(url, Mask);

    [GeneratedRegex("(?<=[?&]apikey=)[^&#]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApiKeyValue();
}
