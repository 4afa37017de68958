using CleanPlatform.Application.Betting.OddsFeed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CleanPlatform.Infrastructure.Betting.OddsApi;

public static class OddsApiRegistration
{
    /// <summary>
    /// <see cref="IOddsFeed"/> through The Odds API v4 (settings under <c>Betting:OddsApi:</c>, checked at start):
    /// a typed client whose calls retry with exponential back-off and jitter on 429, 5xx and network errors.
    /// </summary>
    public static IServiceCollection AddOddsApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OddsApiOptions>().Bind(configuration.GetSection(OddsApiOptions.Section))
            .Validate(o => o.IsValid, "Betting:OddsApi: BaseUrl must be an absolute http(s) URL without a query, "
                + "MaxRetryAttempts 1 to 10, RetryBaseDelay 0 to 1 day, AttemptTimeout at least 10 ms and TotalTimeout "
                + "at least AttemptTimeout and at most 1 day.")
            .ValidateOnStart();
        services.AddHttpClient<IOddsFeed, OddsApiClient>((sp, client) =>
            {
                client.BaseAddress = sp.GetRequiredService<IOptions<OddsApiOptions>>().Value.BaseAddress;
                // The resilience pipeline's total timeout bounds each call; HttpClient's own 100 s would cut it short.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddResilienceHandler(OddsApiResilience.PipelineName, OddsApiResilience.Configure);
        return services;
    }
}
