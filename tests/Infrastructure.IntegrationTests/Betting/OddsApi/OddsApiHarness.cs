using System.Globalization;
using CleanPlatform.Application.Betting.OddsFeed;
using CleanPlatform.Infrastructure.Betting.OddsApi;
using CleanPlatform.Infrastructure.IntegrationTests.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CleanPlatform.Infrastructure.IntegrationTests.Betting.OddsApi;

/// <summary>
/// The client as production registers it (<see cref="OddsApiRegistration.AddOddsApi"/>), pointed at a stub, with
/// tiny back-off delays and every log line kept.
/// </summary>
internal sealed class OddsApiHarness : IAsyncDisposable
{
    public const string ApiKey = "k3y-5f1c9a7e2b4d6081";
    public const int MaxRetryAttempts = 3;

    private readonly ServiceProvider _services;

    private OddsApiHarness(OddsApiStub stub, ServiceProvider services, CapturedLog log)
    {
        Stub = stub;
        _services = services;
        Log = log;
    }

    public OddsApiStub Stub { get; }

    public IOddsFeed Feed => _services.GetRequiredService<IOddsFeed>();

    public CapturedLog Log { get; }

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<OddsApiHarness> StartAsync()
    {
        var stub = await OddsApiStub.StartAsync(Ct);
        var log = new CapturedLog();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Betting:OddsApi:BaseUrl"] = stub.BaseUrl.ToString(),
            ["Betting:OddsApi:MaxRetryAttempts"] = MaxRetryAttempts.ToString(CultureInfo.InvariantCulture),
            ["Betting:OddsApi:RetryBaseDelay"] = "00:00:00.001",
            ["Betting:OddsApi:AttemptTimeout"] = "00:00:05",
            ["Betting:OddsApi:TotalTimeout"] = "00:00:30",
        }).Build();
        var services = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(log))
            .AddOddsApi(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new OddsApiHarness(stub, services, log);
    }

    /// <summary>The query parameters of the only request the stub saw.</summary>
    public IDictionary<string, string> SingleQuery() =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(Stub.Requests.Single().Query)
            .ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Stub.DisposeAsync();
    }
}
