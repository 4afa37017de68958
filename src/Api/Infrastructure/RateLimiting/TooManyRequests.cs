using System.Globalization;
using CleanPlatform.Api.Infrastructure.Errors;

namespace CleanPlatform.Api.Infrastructure.RateLimiting;

/// <summary>The 429 problem for both the per-minute limit and the monthly quota.</summary>
internal static class TooManyRequests
{
    public static async Task WriteAsync(HttpContext http, long retryAfterSeconds, string code, string detail)
    {
        http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        var problem = Problems.Create(StatusCodes.Status429TooManyRequests, "Too many requests.", detail, code);
        problem.Extensions["retryAfterSeconds"] = retryAfterSeconds;
        await Problems.WriteAsync(http, problem);
    }
}
