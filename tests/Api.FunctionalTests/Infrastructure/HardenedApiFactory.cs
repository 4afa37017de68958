using Microsoft.AspNetCore.Hosting;

namespace CleanPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>
/// The API as an operator hardens it: a tight anonymous limit, one trusted proxy, a metrics scrape token,
/// Swagger behind a sign-in and the SPA served. Its limiter windows last the whole collection, so each test sends from addresses of its own.
/// </summary>
public sealed class HardenedApiFactory : SqliteApiFactory
{
    public const int AnonymousRequestsPerMinute = 10;
    public const string TrustedProxy = "10.9.9.9";
    public const string ScrapeToken = "scrape-token-for-tests";

    private readonly string _spa = Directory.CreateTempSubdirectory("cleanplatform-spa-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        File.WriteAllText(Path.Combine(_spa, "index.html"), "<!doctype html><title>CleanPlatform</title><div id=\"root\"></div>");
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimiting:AnonymousRequestsPerMinute",
            AnonymousRequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Network:TrustedProxies:0", TrustedProxy);
        builder.UseSetting("Metrics:ScrapeToken", ScrapeToken);
        builder.UseSetting("Spa:RootPath", _spa);
        builder.UseSetting("Swagger:Ui", "SignedIn");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_spa, recursive: true);
        GC.SuppressFinalize(this);
    }
}
