using System.Text;
using System.Text.Json;
using CleanPlatform.Api.FunctionalTests.Betting.Alerts;
using CleanPlatform.Application.Billing.Webhooks.Common;
using CleanPlatform.Application.Billing.Webhooks.ListWebhookDeliveries;
using CleanPlatform.Application.Billing.Webhooks.ListWebhookEndpoints;
using CleanPlatform.Domain.Billing.Webhooks;
using static CleanPlatform.Api.FunctionalTests.Billing.SubscriptionRequests;

namespace CleanPlatform.Api.FunctionalTests.Billing;

/// <summary>billing.md §6 through the API: endpoints, signed posts, retries, rotation, 410, replay and the log.</summary>
public abstract class WebhookEndpointTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    private const string Endpoints = "/api/v1/billing/webhook-endpoints";

    [Fact]
    public async Task AnEvent_IsPostedSigned_AndLogged()
    {
        await using var receiver = WebhookReceiver.Start();
        var owner = await CustomerAsync();
        var created = await RegisterAsync(owner, receiver.Url, [WebhookEventTypes.SubscriptionUpdated]);

        await owner.SubscribeAsync("Pro", Ct);
        await DeliverAsync(receiver, 1);

        created.Secret.Should().MatchRegex("^whsec_[A-Za-z0-9_-]{43}$");
        var post = receiver.Requests.Should().ContainSingle().Subject;
        var signature = post.Headers["CleanPlatform-Signature"];
        WebhookSignature.Verify(signature, Encoding.UTF8.GetBytes(post.Body), [created.Secret], Api.Time.GetUtcNow())
            .Should().BeTrue(signature);
        using var body = JsonDocument.Parse(post.Body);
        body.RootElement.GetProperty("type").GetString().Should().Be("subscription.updated");
        body.RootElement.GetProperty("id").GetString().Should().StartWith("evt_");
        body.RootElement.GetProperty("created").GetInt64().Should().BeCloseTo(Api.Time.GetUtcNow().ToUnixTimeSeconds(), 5);
        body.RootElement.GetProperty("data").GetProperty("planCode").GetString().Should().Be("Pro");
        var log = await DeliveriesAsync(owner, created.Id);
        log.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            EventType = "subscription.updated",
            Status = WebhookDeliveryStatus.Succeeded,
            Attempts = 1,
            LastStatusCode = (int?)200,
        });
        var listed = await (await owner.Client.GetAsync(Endpoints, Ct)).Content.ReadAsStringAsync(Ct);
        listed.Should().Contain(receiver.Url.ToString()).And.NotContain(created.Secret, "a secret is shown only when made");
    }

    [Fact]
    public async Task AFailedPost_IsRetriedAfterAboutAMinute_WithTheSameIdSignedAfresh()
    {
        await using var receiver = WebhookReceiver.Start();
        var owner = await CustomerAsync();
        var created = await RegisterAsync(owner, receiver.Url, []);
        receiver.Status = HttpStatusCode.InternalServerError;

        await owner.SubscribeAsync("Pro", Ct);
        await DeliverAsync(receiver, 1);
        var pending = (await DeliveriesAsync(owner, created.Id)).Items.Single();
        await DeliverAsync(receiver, 1, "not due before the first retry");
        receiver.Status = HttpStatusCode.NoContent;
        Api.Time.Advance(TimeSpan.FromSeconds(73));
        await DeliverAsync(receiver, 2);

        pending.Should().BeEquivalentTo(new { Status = WebhookDeliveryStatus.Pending, Attempts = 1, LastStatusCode = (int?)500 });
        (pending.NextAttemptAt - pending.LastAttemptAt).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(48))
            .And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(72));
        receiver.Requests.Select(r => r.Body).Distinct().Should().ContainSingle("every attempt posts the same body");
        receiver.Requests.Select(r => r.Headers["CleanPlatform-Signature"]).Distinct().Should().HaveCount(2, "each attempt is signed afresh");
        (await DeliveriesAsync(owner, created.Id)).Items.Single().Should().BeEquivalentTo(new
        {
            Status = WebhookDeliveryStatus.Succeeded,
            Attempts = 2,
            LastStatusCode = (int?)204,
            LastError = (string?)null,
        });
    }

    [Fact]
    public async Task ARotatedSecret_SignsBesideThePreviousOneForADay()
    {
        await using var receiver = WebhookReceiver.Start();
        var owner = await CustomerAsync();
        var created = await RegisterAsync(owner, receiver.Url, []);

        var rotated = await (await owner.Client.PostAsync($"{Endpoints}/{created.Id}/rotate-secret", null, Ct))
            .ShouldBeAsync<WebhookEndpointSecretDto>(HttpStatusCode.OK);
        await owner.SubscribeAsync("Pro", Ct);
        await DeliverAsync(receiver, 1);

        rotated.Secret.Should().NotBe(created.Secret);
        rotated.Endpoint.PreviousSecretExpiresAt.Should().Be(Api.Time.GetUtcNow().AddDays(1));
        var post = receiver.Requests.Single();
        var signature = post.Headers["CleanPlatform-Signature"];
        signature.Split(',').Count(p => p.StartsWith("v1=", StringComparison.Ordinal)).Should().Be(2);
        foreach (var secret in new[] { created.Secret, rotated.Secret })
            WebhookSignature.Verify(signature, Encoding.UTF8.GetBytes(post.Body), [secret], Api.Time.GetUtcNow()).Should().BeTrue();
    }

    [Fact]
    public async Task A410_DisablesTheEndpoint_AndAReplayPostsAgainOnceItIsEnabled()
    {
        await using var receiver = WebhookReceiver.Start();
        var owner = await CustomerAsync();
        var created = await RegisterAsync(owner, receiver.Url, []);
        receiver.Status = HttpStatusCode.Gone;

        await owner.SubscribeAsync("Pro", Ct);
        await DeliverAsync(receiver, 1);
        var endpoint = (await ListAsync(owner)).Single();
        var failed = (await DeliveriesAsync(owner, created.Id)).Items.Single();
        receiver.Status = HttpStatusCode.OK;
        (await owner.Client.PutAsJsonAsync($"{Endpoints}/{created.Id}",
            new { url = receiver.Url, eventTypes = Array.Empty<string>(), enabled = true, version = endpoint.Version }, Ct))
            .EnsureSuccessStatusCode();
        (await owner.Client.PostAsync($"{Endpoints}/deliveries/{failed.Id}/replay", null, Ct)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        await DeliverAsync(receiver, 2);

        endpoint.Should().BeEquivalentTo(new { Enabled = false });
        endpoint.DisabledReason.Should().Contain("410");
        failed.Status.Should().Be(WebhookDeliveryStatus.Failed);
        (await DeliveriesAsync(owner, created.Id)).Items.Single().Should().BeEquivalentTo(new { Status = WebhookDeliveryStatus.Succeeded, Attempts = 2 });
        receiver.Requests.Select(r => r.Body).Distinct().Should().ContainSingle("a replay posts the same event");
        await (await owner.Client.PostAsync($"{Endpoints}/deliveries/{failed.Id}/replay", null, Ct))
            .ShouldBeProblemWithCodeAsync(HttpStatusCode.UnprocessableEntity, "webhook_delivery.succeeded");
    }

    [Fact]
    public async Task OnlyTheOrganizationsSignedInAdmins_ManageItsEndpoints()
    {
        var owner = await CustomerAsync();
        var created = await RegisterAsync(owner, new Uri("https://hooks.example.test/billing"), []);
        var stranger = await Api.RegisterAsync(Ct);
        var viewer = await Api.AddMemberAsync(owner, Roles.Viewer, Ct);
        var key = await ApiFactory.CreateApiKeyAsync(owner, "integration", ["Read", "Write"], Ct);
        using var integrator = Api.ApiKeyClient(key.Secret);

        (await stranger.Client.GetAsync($"{Endpoints}/{created.Id}/deliveries", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await stranger.Client.DeleteAsync($"{Endpoints}/{created.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await ListAsync(stranger)).Should().BeEmpty();
        (await viewer.Client.GetAsync(Endpoints, Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await integrator.PostAsJsonAsync(Endpoints, new { url = "https://attacker.example.test/" }, Ct)).StatusCode
            .Should().Be(HttpStatusCode.Forbidden, "a leaked key cannot send the organization's events elsewhere");
        (await integrator.PostAsync($"{Endpoints}/{created.Id}/rotate-secret", null, Ct)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await owner.Client.DeleteAsync($"{Endpoints}/{created.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await ListAsync(owner)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("ftp://hooks.example.test/x", null, "url")]
    [InlineData("http://hooks.example.test/x", null, "url")]
    [InlineData("https://hooks.example.test/x", "invoice.exploded", "eventTypes[0]")]
    public async Task BadInput_IsAProblemNamingTheField_AndNothingIsWritten(string url, string? eventType, string field)
    {
        var owner = await CustomerAsync();

        var response = await owner.Client.PostAsJsonAsync(Endpoints,
            new { url, eventTypes = eventType is null ? Array.Empty<string>() : [eventType] }, Ct);

        (await response.ShouldBeInvalidAsync()).Should().Contain(field);
        (await ListAsync(owner)).Should().BeEmpty();
    }

    private async Task<Caller> CustomerAsync()
    {
        var owner = await Api.RegisterAsync(Ct);
        await owner.SaveGermanConsumerAsync(Ct);
        return owner;
    }

    private static async Task<WebhookEndpointSecretDto> RegisterAsync(Caller owner, Uri url, string[] eventTypes) =>
        await (await owner.Client.PostAsJsonAsync(Endpoints, new { url, description = "Accounting", eventTypes }, Ct))
            .ShouldBeAsync<WebhookEndpointSecretDto>(HttpStatusCode.Created);

    private static async Task<IReadOnlyList<WebhookEndpointDto>> ListAsync(Caller owner) =>
        (await (await owner.Client.GetAsync(Endpoints, Ct)).ShouldBeAsync<WebhookEndpointListDto>(HttpStatusCode.OK)).Endpoints;

    private static async Task<PagedList<WebhookDeliveryDto>> DeliveriesAsync(Caller owner, Guid endpointId) =>
        await (await owner.Client.GetAsync($"{Endpoints}/{endpointId}/deliveries", Ct))
            .ShouldBeAsync<PagedList<WebhookDeliveryDto>>(HttpStatusCode.OK);

    /// <summary>Delivers the events raised so far, then runs the delivery job until the receiver holds <paramref name="posts"/>.</summary>
    private async Task DeliverAsync(WebhookReceiver receiver, int posts, string because = "")
    {
        await Api.DispatchOutboxAsync(Ct);
        await Api.RunJobAsync("DeliverWebhooks", () => Task.FromResult(receiver.Requests.Count < posts), Ct);
        receiver.Requests.Should().HaveCount(posts, because);
    }
}

[Collection(PostgresApi.Name)]
public sealed class WebhookEndpointPostgresTests(PostgresApiFactory api) : WebhookEndpointTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class WebhookEndpointSqliteTests(SqliteApiFactory api) : WebhookEndpointTests<SqliteApiFactory>(api);
