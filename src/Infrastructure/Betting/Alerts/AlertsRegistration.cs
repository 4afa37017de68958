using CleanPlatform.Application.Betting.Alerts.Common;
using CleanPlatform.Infrastructure.Betting.Jobs;
using CleanPlatform.Infrastructure.Jobs;
using CleanPlatform.Infrastructure.Net;
using CleanPlatform.Infrastructure.Redis;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using StackExchange.Redis;

namespace CleanPlatform.Infrastructure.Betting.Alerts;

internal static class AlertsRegistration
{
    /// <summary>
    /// Alerts' channels: the SignalR hub (with the Redis backplane when <c>Redis:Configuration</c> is set), the webhook
    /// client (settings under <c>Alerts:Webhooks:</c>) and the job that checks for due alerts every minute.
    /// </summary>
    public static IServiceCollection AddAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        var signalR = services.AddSignalR();
        if (configuration[RedisRegistration.ConfigurationKey] is { Length: > 0 } redis)
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = RedisChannel.Literal("cleanplatform"));
        services.AddSingleton<IUserIdProvider, SubjectUserIdProvider>();
        services.AddSingleton<IAlertPush, SignalRAlertPush>();
        services.AddOptions<AlertWebhookOptions>().Bind(configuration.GetSection(AlertWebhookOptions.Section))
            .Validate(o => o.IsValid, "Alerts:Webhooks: timeouts positive (total ≥ attempt), 0 to 5 retries, a delay of 0 or more.")
            .ValidateOnStart();
        services.AddHttpClient<IAlertWebhooks, AlertWebhookSender>()
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var handler = new SocketsHttpHandler { AllowAutoRedirect = false };
                if (!sp.GetRequiredService<IOptions<AlertWebhookOptions>>().Value.AllowPrivateAddresses)
                    handler.ConnectCallback = PublicAddressConnector.ConnectAsync;
                return handler;
            })
            .AddResilienceHandler("alert-webhooks", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<AlertWebhookOptions>>().Value;
                pipeline.AddTimeout(options.TotalTimeout)
                    .AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.MaxRetryAttempts,
                        Delay = options.RetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                    })
                    .AddTimeout(options.AttemptTimeout);
            });
        services.AddScheduledJob<CheckAlertsJob>(configuration, defaultCron: "0 * * * * ?");
        return services;
    }
}
