using CleanPlatform.Infrastructure.Betting.OddsApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CleanPlatform.Infrastructure.IntegrationTests.Betting.OddsApi;

/// <summary><c>Betting:OddsApi:*</c>: defaults that point at the provider, and bad values refused at start.</summary>
public sealed class OddsApiOptionsTests
{
    [Fact]
    public void AddOddsApi_NoSettings_PointsAtTheProviderWithRetries()
    {
        using var services = Services([]);

        var options = services.GetRequiredService<IOptions<OddsApiOptions>>().Value;

        options.BaseUrl.Should().Be(new Uri("https://api.the-odds-api.com"));
        options.MaxRetryAttempts.Should().Be(3);
        options.TotalTimeout.Should().BeGreaterThan(options.AttemptTimeout);
    }

    [Theory]
    [InlineData("Betting:OddsApi:BaseUrl", "not a url")]
    [InlineData("Betting:OddsApi:BaseUrl", "https://api.example.test/?apiKey=abc")]
    [InlineData("Betting:OddsApi:MaxRetryAttempts", "0")]
    [InlineData("Betting:OddsApi:AttemptTimeout", "00:00:00")]
    [InlineData("Betting:OddsApi:TotalTimeout", "00:00:01")]
    public async Task Start_InvalidSetting_FailsValidation(string key, string value)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddOddsApi(Configuration(new() { [key] = value }));
        using var host = builder.Build();

        var start = () => host.StartAsync(TestContext.Current.CancellationToken);

        await start.Should().ThrowAsync<OptionsValidationException>();
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddLogging().AddOddsApi(Configuration(settings)).BuildServiceProvider();

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
