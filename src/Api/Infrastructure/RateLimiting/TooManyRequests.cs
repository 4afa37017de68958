using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace CleanPlatform.Api.Infrastructure.RateLimiting;

/// <summary>The 429 problem for both the per-minute limit and the monthly quota.</summary>
internal static class TooManyRequests
{
    public static async Task WriteAsync(HttpContext http, long retryAfterSeconds, string code, string detail)
    {
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = "Too many requests.",
            Detail = detail,
        };
        problem.Extensions["code"] = code;
        problem.Extensions["retryAfterSeconds"] = retryAfterSeconds;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }
}
