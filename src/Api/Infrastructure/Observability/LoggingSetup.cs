using Serilog;
using Serilog.Formatting.Compact;

namespace CleanPlatform.Api.Infrastructure.Observability;

internal static class LoggingSetup
{
    /// <summary>Serilog from configuration; readable text in Development, compact JSON everywhere else.</summary>
    public static void AddPlatformLogging(this WebApplicationBuilder builder) =>
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.FromLogContext();
            if (builder.Environment.IsDevelopment())
                logger.WriteTo.Console(
                    outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {CorrelationId}{NewLine}{Exception}",
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            else
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
        });

    public static void UsePlatformRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(o => o.EnrichDiagnosticContext = (diagnostics, http) =>
        {
            diagnostics.Set("CorrelationId", CorrelationIdMiddleware.Of(http));
            diagnostics.Set("UserId", http.User.FindFirst(PlatformClaims.UserId)?.Value);
        });
}
