using System.Security.Cryptography;
using System.Text;
using Prometheus;

namespace CleanPlatform.Api.Infrastructure.Observability;

/// <summary>
/// Prometheus metrics. By default <c>/metrics</c> on the API's port; <c>Metrics:Port</c> moves them to a
/// port of their own (not exposed with the API), and <c>Metrics:ScrapeToken</c> requires
/// <c>Authorization: Bearer &lt;token&gt;</c> from the scraper.
/// </summary>
internal static class MetricsEndpoint
{
    public static IServiceCollection AddPlatformMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue<ushort?>("Metrics:Port") is { } port)
            services.AddMetricServer(o => o.Port = port);
        return services;
    }

    public static void MapPlatformMetrics(this WebApplication app)
    {
        if (app.Configuration.GetValue<ushort?>("Metrics:Port") is not null)
            return;
        var token = app.Configuration["Metrics:ScrapeToken"];
        var endpoint = app.MapMetrics("/metrics");
        if (string.IsNullOrEmpty(token))
            return;

        var expected = Encoding.UTF8.GetBytes($"Bearer {token}");
        endpoint.Add(builder =>
        {
            var inner = builder.RequestDelegate!;
            builder.RequestDelegate = context =>
            {
                var presented = Encoding.UTF8.GetBytes(context.Request.Headers.Authorization.ToString());
                if (CryptographicOperations.FixedTimeEquals(presented, expected))
                    return inner(context);
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers.WWWAuthenticate = "Bearer realm=\"metrics\"";
                return Task.CompletedTask;
            };
        });
    }
}
