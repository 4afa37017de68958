using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace CleanPlatform.Infrastructure.Betting.OddsApi;

/// <summary>
/// Total timeout, then retries, then a timeout per attempt. What is retried is the library's transient set: network
/// errors, timed-out attempts, 408, 429 and 5xx; never 401 (a bad key or no credits left) or 422 (a bad parameter),
/// which no retry can fix. A 429's <c>Retry-After</c>, when sent, sets the delay.
/// </summary>
internal static class OddsApiResilience
{
    public const string PipelineName = "odds-api";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<OddsApiOptions>>().Value;
        pipeline
            .AddTimeout(options.TotalTimeout)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            })
            .AddTimeout(options.AttemptTimeout);
    }
}
