using System.Net;
using System.Text.Json;
using CleanPlatform.Application.Betting.OddsFeed;
using CleanPlatform.Infrastructure.Betting.OddsApi.Dtos;

namespace CleanPlatform.Infrastructure.Betting.OddsApi;

/// <summary>
/// Turns a failed response (after the retries) into an <see cref="OddsFeedException"/>. The provider's
/// <c>message</c> is kept: it names the bad parameter, never the key.
/// </summary>
internal static class OddsApiErrors
{
    public const string OutOfCredits = "OUT_OF_USAGE_CREDITS";

    public static async Task<OddsFeedException> ReadAsync(HttpResponseMessage response, string apiKey,
        OddsFeedQuota quota, CancellationToken ct)
    {
        var body = await ReadBodyAsync(response, ct);
        var status = (int)response.StatusCode;
        var kind = KindOf(response.StatusCode, body.ErrorCode);
        // Should the provider ever echo the key back, it stops here.
        var said = string.IsNullOrWhiteSpace(body.Message)
            ? ""
            : $": {body.Message.Replace(apiKey, OddsApiRedaction.Mask, StringComparison.Ordinal)}";
        var code = body.ErrorCode is null ? "" : $" {body.ErrorCode}";
        return new OddsFeedException(kind, $"The Odds API answered {status}{code}{said}", status, body.ErrorCode, quota);
    }

    private static OddsFeedErrorKind KindOf(HttpStatusCode status, string? errorCode) => status switch
    {
        HttpStatusCode.Unauthorized when errorCode == OutOfCredits => OddsFeedErrorKind.OutOfCredits,
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => OddsFeedErrorKind.InvalidKey,
        HttpStatusCode.TooManyRequests => OddsFeedErrorKind.RateLimited,
        HttpStatusCode.RequestTimeout or >= HttpStatusCode.InternalServerError => OddsFeedErrorKind.Unavailable,
        _ => OddsFeedErrorKind.InvalidRequest,
    };

    private static async Task<ErrorDto> ReadBodyAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            return JsonSerializer.Deserialize(text, OddsApiJson.Default.ErrorDto) ?? new ErrorDto();
        }
        catch (JsonException)
        {
            return new ErrorDto(); // a proxy's HTML page or an empty body: the status alone decides
        }
    }
}
