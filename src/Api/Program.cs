using System.Text.Json.Serialization;
using CleanPlatform.Api.Infrastructure.Auth;
using CleanPlatform.Api.Infrastructure.CommandLine;
using CleanPlatform.Api.Infrastructure.Errors;
using CleanPlatform.Api.Infrastructure.Idempotency;
using CleanPlatform.Api.Infrastructure.Observability;
using CleanPlatform.Api.Infrastructure.OpenApi;
using CleanPlatform.Api.Infrastructure.RateLimiting;
using CleanPlatform.Api.Infrastructure.Security;
using CleanPlatform.Api.Infrastructure.Spa;
using CleanPlatform.Api.Infrastructure.Versioning;
using CleanPlatform.Application;
using CleanPlatform.Application.Common.Behaviours;
using CleanPlatform.Infrastructure;
using CleanPlatform.Infrastructure.Betting.CommandLine;
using CleanPlatform.Infrastructure.Callers;
using CleanPlatform.Infrastructure.Persistence.Seeding;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Prometheus;

// "import ..." runs a command and exits instead of serving (FootballDataImportCommand.Usage).
var command = CommandLineCommand.Parse(args);
var builder = WebApplication.CreateBuilder(command?.HostArguments ?? args);
builder.AddPlatformLogging();

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddApplication();
builder.Services.Configure<PerformanceOptions>(builder.Configuration.GetSection("Performance"));
builder.Services.AddInfrastructure(builder.Configuration);
// Requests act as the authenticated caller; background work opens scopes as a system caller instead.
builder.Services.AddCurrentUser<HttpCurrentUser>();
// One line per module: the examples its schemas show in Swagger UI.
builder.Services.AddModuleExamples(CleanPlatform.Api.Controllers.V1.Identity.IdentityExamples.All);
builder.Services.AddModuleExamples(CleanPlatform.Api.Controllers.V1.Platform.PlatformExamples.All);
builder.Services.AddModuleExamples(CleanPlatform.Api.Controllers.V1.Betting.BettingExamples.All);
builder.Services.AddModuleExamples(CleanPlatform.Api.Controllers.V1.Billing.BillingExamples.All);
builder.Services.AddMediator(o =>
{
    o.ServiceLifetime = ServiceLifetime.Scoped;
    o.Assemblies = [typeof(CleanPlatform.Application.DependencyInjection).Assembly];
    // Commands: after-commit work wraps the transaction, which wraps the audit, so a succeeded command's
    // entry commits with it and a failed one's is written after the rollback; validation and authorization
    // failures are audited too.
    o.PipelineBehaviors =
    [
        typeof(LoggingBehaviour<,>), typeof(AfterCommitBehaviour<,>), typeof(TransactionBehaviour<,>),
        typeof(AuditBehaviour<,>), typeof(ValidationBehaviour<,>), typeof(AuthorizationBehaviour<,>),
        typeof(PerformanceBehaviour<,>),
    ];
});

builder.Services.AddPlatformAuthentication();
builder.Services.AddPlatformProblemDetails();
builder.Services.AddPlanRateLimiting();
builder.Services.AddControllers(o =>
    {
        o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
        o.OutputFormatters.RemoveType<Microsoft.AspNetCore.Mvc.Formatters.StringOutputFormatter>();
    })
    .AddJsonOptions(o => o.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddPlatformVersioning();
builder.Services.AddPlatformOpenApi();
builder.Services.AddTrustedProxies(builder.Configuration);
builder.Services.AddPlatformMetrics(builder.Configuration);

var app = builder.Build();
app.ThrowOnIdempotentSecrets();

await using (var scope = app.Services.CreateAsyncScope())
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);

if (command is not null)
    return await FootballDataImportCommand.RunAsync(app.Services, command.Arguments, Console.Out, Console.Error,
        CancellationToken.None);

app.UseTrustedProxies();
app.UseSecurityHeaders();
app.UseMiddleware<CorrelationIdMiddleware>();
app.UsePlatformRequestLogging();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseHttpMetrics();
app.UsePlatformSwaggerUi();
app.UseSpaIfBuilt();
app.UseRouting();
app.UseRequestBodyLimit();
app.UseAuthentication();
app.UseRateLimiter();
app.UseRateLimitHeaders();
app.UseMiddleware<QuotaMiddleware>();
app.UseAuthorization();

app.MapControllers();
app.MapHub<CleanPlatform.Infrastructure.Betting.Alerts.AlertsHub>(CleanPlatform.Infrastructure.Betting.Alerts.AlertsHub.Path);
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
app.MapPlatformMetrics();

await app.RunAsync();
return 0;

/// <summary>Entry point; public so functional tests can host it.</summary>
public partial class Program;
