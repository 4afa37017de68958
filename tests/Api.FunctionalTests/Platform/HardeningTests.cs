using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace CleanPlatform.Api.FunctionalTests.Platform;

/// <summary>Per-address limits on anonymous endpoints, trusted proxies, security headers, the metrics token.</summary>
[Collection(HardenedApi.Name)]
public sealed class HardeningTests(HardenedApiFactory api) : ApiTest<HardenedApiFactory>(api)
{
    private const int Limit = HardenedApiFactory.AnonymousRequestsPerMinute;

    [Fact]
    public async Task Login_FloodFromOneAddressWithAlternatingApiKeys_IsLimitedPerAddress()
    {
        var user = await Api.RegisterAsync(Ct);
        var keys = new[]
        {
            (await ApiFactory.CreateApiKeyAsync(user, "One", ["Read"], Ct)).Secret,
            (await ApiFactory.CreateApiKeyAsync(user, "Two", ["Read", "Write"], Ct)).Secret,
            null,
        };

        var statuses = new List<int>();
        for (var i = 0; i <= Limit; i++)
            statuses.Add(await LoginFromAsync("203.0.113.7", user.Email, apiKey: keys[i % keys.Length]));

        statuses.Take(Limit).Should().AllSatisfy(s => s.Should().Be(StatusCodes.Status401Unauthorized));
        statuses[Limit].Should().Be(StatusCodes.Status429TooManyRequests);
    }

    [Fact]
    public async Task ConfirmRegistration_GuessingLinksFromOneAddress_IsLimitedPerAddress()
    {
        var statuses = new List<int>();
        for (var i = 0; i <= Limit; i++)
        {
            var (context, _) = await Api.SendFromAsync("203.0.113.19", HttpMethods.Post, "/api/v1/identity/register/confirm",
                Ct, $"{{\"token\":\"guess-{i}\"}}");
            statuses.Add(context.Response.StatusCode);
        }

        statuses.Take(Limit).Should().AllSatisfy(s => s.Should().Be(StatusCodes.Status400BadRequest));
        statuses[Limit].Should().Be(StatusCodes.Status429TooManyRequests, "guessing confirmation links is throttled like log-ins");
    }

    [Fact]
    public async Task Login_FloodFromAnUntrustedAddressWithForgedForwardedFor_IsLimitedByTheConnection()
    {
        var statuses = new List<int>();
        for (var i = 0; i <= Limit; i++)
            statuses.Add(await LoginFromAsync("203.0.113.8", "nobody@example.test", forwardedFor: $"198.51.100.{i + 1}"));

        statuses[Limit].Should().Be(StatusCodes.Status429TooManyRequests);
    }

    [Fact]
    public async Task ClientAddress_BehindTheTrustedProxy_IsTheForwardedOne()
    {
        var (_, viaProxy) = await Api.SendFromAsync(HardenedApiFactory.TrustedProxy, HttpMethods.Get,
            "/api/v1/tests/client-address", Ct, forwardedFor: "198.51.100.20");
        var (_, direct) = await Api.SendFromAsync("203.0.113.9", HttpMethods.Get,
            "/api/v1/tests/client-address", Ct, forwardedFor: "198.51.100.21");

        viaProxy.Should().Be("198.51.100.20");
        direct.Should().Be("203.0.113.9");
    }

    [Fact]
    public async Task Login_ClientsBehindTheTrustedProxy_EachHaveTheirOwnWindow()
    {
        var statuses = new List<int>();
        for (var i = 0; i <= Limit; i++)
            statuses.Add(await LoginFromAsync(HardenedApiFactory.TrustedProxy, "nobody@example.test", forwardedFor: $"192.0.2.{i + 1}"));

        statuses.Should().AllSatisfy(s => s.Should().Be(StatusCodes.Status401Unauthorized));
    }

    [Fact]
    public async Task ApiResponse_Always_CarriesSecurityHeaders()
    {
        var (context, _) = await Api.SendFromAsync("203.0.113.10", HttpMethods.Get, "/api/v1/identity/me", Ct);

        var headers = context.Response.Headers;
        context.Response.StatusCode.Should().Be(StatusCodes.Status401Unauthorized);
        headers.XContentTypeOptions.ToString().Should().Be("nosniff");
        headers.XFrameOptions.ToString().Should().Be("DENY");
        headers["Referrer-Policy"].ToString().Should().Be("no-referrer");
        headers.ContentSecurityPolicy.ToString().Should().Be("default-src 'none'; frame-ancestors 'none'");
    }

    [Fact]
    public async Task SpaPage_Served_AllowsOwnAssetsOnlyAndNoFraming()
    {
        using var client = Api.CreateClient();

        var response = await client.GetAsync("/settings/api-keys", Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("default-src 'self'").And.Contain("script-src 'self'").And.Contain("frame-ancestors 'none'");
        csp.Should().NotContain("unsafe-inline").And.NotContain("unsafe-eval");
        response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
    }

    [Fact]
    public async Task Metrics_WithoutTheScrapeToken_Returns401()
    {
        using var client = Api.CreateClient();

        var refused = await client.GetAsync("/metrics", Ct);
        using var scraper = Api.CreateClient();
        scraper.DefaultRequestHeaders.Authorization = new("Bearer", HardenedApiFactory.ScrapeToken);
        var scraped = await scraper.GetAsync("/metrics", Ct);

        refused.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        scraped.StatusCode.Should().Be(HttpStatusCode.OK);
        (await scraped.Content.ReadAsStringAsync(Ct)).Should().Contain("http_requests_received_total");
    }

    [Fact]
    public async Task SwaggerUi_SignedInMode_AsksForAnAccountAndLetsItsOwnerIn()
    {
        var user = await Api.RegisterAsync(Ct);
        using var anonymous = Api.CreateClient();
        using var wrong = Api.CreateClient();
        wrong.DefaultRequestHeaders.Authorization = Basic(user.Email, "not-the-password");
        using var owner = Api.CreateClient();
        owner.DefaultRequestHeaders.Authorization = Basic(user.Email, ApiFactory.Password);

        var refused = await anonymous.GetAsync("/swagger/index.html", Ct);
        var guessed = await wrong.GetAsync("/swagger/v1/swagger.json", Ct);
        var page = await owner.GetAsync("/swagger/index.html", Ct);
        var document = await owner.GetAsync("/swagger/v1/swagger.json", Ct);

        refused.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        refused.Headers.WwwAuthenticate.Single().Scheme.Should().Be("Basic");
        guessed.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        document.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static System.Net.Http.Headers.AuthenticationHeaderValue Basic(string email, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{email}:{password}")));

    private async Task<int> LoginFromAsync(string address, string email, string? forwardedFor = null, string? apiKey = null)
    {
        var body = $$"""{"email":"{{email}}","password":"not-the-password"}""";
        var (context, _) = await Api.SendFromAsync(address, HttpMethods.Post, "/api/v1/identity/login", Ct, body,
            forwardedFor, apiKey);
        return context.Response.StatusCode;
    }
}

/// <summary>Without trusted proxies, forwarded headers are ignored.</summary>
[Collection(SqliteApi.Name)]
public sealed class NoTrustedProxyTests(SqliteApiFactory api) : ApiTest<SqliteApiFactory>(api)
{
    [Fact]
    public async Task ClientAddress_ForwardedForWithoutTrustedProxies_IsIgnored()
    {
        var (_, seen) = await Api.SendFromAsync("203.0.113.11", HttpMethods.Get, "/api/v1/tests/client-address", Ct,
            forwardedFor: "198.51.100.30");

        seen.Should().Be("203.0.113.11");
    }
}
