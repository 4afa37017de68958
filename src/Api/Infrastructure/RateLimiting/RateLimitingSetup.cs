using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CleanPlatform.Api.Infrastructure.RateLimiting;

internal static class RateLimitingSetup
{
    public static IServiceCollection AddPlanRateLimiting(this IServiceCollection services)
    {
        services.AddSingleton(sp => new PlanRateLimiter(sp.GetRequiredService<IOptionsMonitor<PlanOptions>>(),
            sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ISharedRateCounter>()));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<PlanRateLimiter>((o, limiter) =>
        {
            o.GlobalLimiter = limiter.Limiter;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (ctx, ct) =>
            {
                var http = ctx.HttpContext;
                var retryAfter = ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds))
                    : limiter.SecondsUntilReset(http);
                if (limiter.StatusOf(http) is { } status)
                    PlanRateLimiter.WriteHeaders(http.Response, status.Limit, 0, retryAfter);
                await TooManyRequests.WriteAsync(http, retryAfter, "rate_limited",
                    "Too many requests this minute for your plan. Retry after the number of seconds in Retry-After.");
            };
        });
        return services;
    }

    /// <summary>Tells every counted caller where they stand (RateLimit-* headers, IETF draft names).</summary>
    public static IApplicationBuilder UseRateLimitHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var limiter = context.RequestServices.GetRequiredService<PlanRateLimiter>();
            if (limiter.StatusOf(context) is { } status)
            {
                context.Response.OnStarting(() =>
                {
                    if (!context.Response.Headers.ContainsKey("RateLimit-Limit"))
                        PlanRateLimiter.WriteHeaders(context.Response, status.Limit, status.Remaining, status.ResetSeconds);
                    return Task.CompletedTask;
                });
            }

            await next(context);
        });
}
