using CleanPlatform.Application.Billing.Subscriptions.Common;

namespace CleanPlatform.Api.FunctionalTests.Billing;

/// <summary>The subscription endpoints as the SPA calls them.</summary>
internal static class SubscriptionRequests
{
    public const string Url = "/api/v1/billing/subscription";

    public static Task<HttpResponseMessage> PostSubscribeAsync(this Caller caller, string planCode, CancellationToken ct,
        string interval = "Monthly") =>
        caller.Client.PostAsJsonAsync(Url, new { planCode, interval }, ct);

    public static async Task<SubscriptionDto> SubscribeAsync(this Caller caller, string planCode, CancellationToken ct,
        string interval = "Monthly") =>
        await (await caller.PostSubscribeAsync(planCode, ct, interval)).ShouldBeAsync<SubscriptionDto>(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> PostChangeAsync(this Caller caller, string planCode, int version,
        CancellationToken ct, string interval = "Monthly", string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Url}/change")
        {
            Content = JsonContent.Create(new { planCode, interval, version }),
        };
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        return caller.Client.SendAsync(request, ct);
    }

    public static Task<HttpResponseMessage> PostCancelAsync(this Caller caller, bool atPeriodEnd, int version,
        CancellationToken ct) =>
        caller.Client.PostAsJsonAsync($"{Url}/cancel", new { atPeriodEnd, version }, ct);

    /// <summary>The rate limit the caller's next request is held to.</summary>
    public static async Task<string> RateLimitAsync(this Caller caller, CancellationToken ct)
    {
        using var response = await caller.Client.GetAsync("/api/v1/identity/me", ct);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return response.Headers.GetValues("RateLimit-Limit").Single();
    }
}
