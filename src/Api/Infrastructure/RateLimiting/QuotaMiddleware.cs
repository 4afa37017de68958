using System.Globalization;

namespace CleanPlatform.Api.Infrastructure.RateLimiting;

/// <summary>Counts every authenticated API request against the organization's monthly quota; over it, 429 until the month ends.</summary>
internal sealed class QuotaMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IUsageMeter meter, IOptionsMonitor<PlanOptions> plans,
        TimeProvider time)
    {
        var user = context.User;
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || user.Identity?.IsAuthenticated != true
            || !Guid.TryParse(user.FindFirst(PlatformClaims.OrganizationId)?.Value, out var organizationId))
        {
            await next(context);
            return;
        }

        var quota = plans.Get(user.FindFirst(PlatformClaims.Plan)?.Value ?? "").MonthlyQuota;
        var verdict = await meter.CountAsync(organizationId, quota, time.GetUtcNow(), context.RequestAborted);
        context.Response.Headers["Quota-Limit"] = verdict.Quota.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["Quota-Remaining"] =
            Math.Max(0, verdict.Quota - verdict.Used).ToString(CultureInfo.InvariantCulture);
        if (!verdict.Allowed)
        {
            await TooManyRequests.WriteAsync(context, verdict.SecondsUntilReset, "quota_exhausted",
                $"Your organization has used its {verdict.Quota} requests for this month.");
            return;
        }

        await next(context);
    }
}
