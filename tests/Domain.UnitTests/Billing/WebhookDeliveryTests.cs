using CleanPlatform.Domain.Billing.Webhooks;

namespace CleanPlatform.Domain.UnitTests.Billing;

/// <summary>billing.md §6 and §15: outgoing endpoints, their secrets' rollover, and a delivery's retries.</summary>
public sealed class WebhookDeliveryTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static WebhookEndpoint Endpoint(params string[] types) =>
        WebhookEndpoint.Register(Guid.NewGuid(), new Uri("https://hooks.example.test/billing"), " Accounting ", types, "secret-1", Now);

    [Theory]
    [InlineData(1, 60)]
    [InlineData(2, 120)]
    [InlineData(3, 240)]
    [InlineData(9, 15_360)]
    [InlineData(10, 21_600)]
    [InlineData(19, 21_600)]
    public void RetryDelay_DoublesFromAMinute_UpToSixHours(int failures, int seconds) =>
        WebhookDelivery.RetryDelay(failures, 0).Should().Be(TimeSpan.FromSeconds(seconds));

    [Fact]
    public void RetryDelay_JitterMovesItByAtMostTwentyPercent()
    {
        WebhookDelivery.RetryDelay(1, 1).Should().Be(TimeSpan.FromSeconds(72));
        WebhookDelivery.RetryDelay(1, -1).Should().Be(TimeSpan.FromSeconds(48));
        WebhookDelivery.RetryDelay(10, 5).Should().Be(TimeSpan.FromHours(7.2), "jitter beyond ±1 is clamped");
    }

    [Fact]
    public void TwentyFailedAttempts_SpanAboutThreeDays_ThenTheDeliveryHasFailed()
    {
        var delivery = WebhookDelivery.Queue(Endpoint(), Guid.NewGuid(), WebhookEventTypes.InvoicePaid, "{}", Now);
        var at = Now;
        while (delivery.NextAttemptAt is { } next)
        {
            at = next;
            delivery.Attempted(500, null, at, 0);
        }

        delivery.Should().BeEquivalentTo(new { Status = WebhookDeliveryStatus.Failed, Attempts = 20, LastStatusCode = (int?)500 });
        (at - Now).TotalHours.Should().BeInRange(60, 80, "19 retries over about three days");
    }

    [Fact]
    public void A2xxAnswer_Succeeds_And410_FailsAtOnceAndSaysTheReceiverIsGone()
    {
        var ok = WebhookDelivery.Queue(Endpoint(), Guid.NewGuid(), WebhookEventTypes.InvoicePaid, "{}", Now);
        var gone = WebhookDelivery.Queue(Endpoint(), Guid.NewGuid(), WebhookEventTypes.InvoicePaid, "{}", Now);

        ok.Attempted(null, "timed out", Now, 0).Should().BeFalse();
        ok.Attempted(204, null, Now.AddMinutes(1), 0).Should().BeFalse();
        gone.Attempted(410, null, Now, 0).Should().BeTrue();

        ok.Should().BeEquivalentTo(new { Status = WebhookDeliveryStatus.Succeeded, Attempts = 2, LastError = (string?)null, NextAttemptAt = (DateTimeOffset?)null });
        gone.Should().BeEquivalentTo(new { Status = WebhookDeliveryStatus.Failed, Attempts = 1, NextAttemptAt = (DateTimeOffset?)null });
        var again = () => ok.Attempted(200, null, Now, 0);
        again.Should().Throw<DomainException>().Which.Code.Should().Be("webhook_delivery.not_pending");
    }

    [Fact]
    public void Replay_AFailedDelivery_IsOneMoreAttempt_WithinThirtyDays()
    {
        var delivery = WebhookDelivery.Queue(Endpoint(), Guid.NewGuid(), WebhookEventTypes.InvoicePaid, "{}", Now);
        while (delivery.NextAttemptAt is { } next)
            delivery.Attempted(503, null, next, 0);

        delivery.Replay(Now.AddDays(10));
        delivery.NextAttemptAt.Should().Be(Now.AddDays(10));
        delivery.Attempted(503, null, Now.AddDays(10), 0);

        delivery.Status.Should().Be(WebhookDeliveryStatus.Failed, "a replay is one attempt, not a new schedule");
        var late = () => delivery.Replay(Now.AddDays(31));
        late.Should().Throw<DomainException>().Which.Code.Should().Be("webhook_delivery.too_old");
    }

    [Fact]
    public void RotateSecret_BothSignForADay()
    {
        var endpoint = Endpoint();

        endpoint.RotateSecret("secret-2", Now);

        endpoint.SigningSecrets(Now.AddHours(23)).Should().Equal("secret-2", "secret-1");
        endpoint.SigningSecrets(Now.AddHours(24)).Should().Equal("secret-2");
    }

    [Fact]
    public void Wants_TheTypesNamed_OrEveryTypeWhenNone_AndNothingOnceGone()
    {
        var some = Endpoint(WebhookEventTypes.InvoicePaid);
        var all = Endpoint();

        some.Wants(WebhookEventTypes.InvoicePaid).Should().BeTrue();
        some.Wants(WebhookEventTypes.InvoiceFinalized).Should().BeFalse();
        all.Wants(WebhookEventTypes.SubscriptionUpdated).Should().BeTrue();
        all.Description.Should().Be("Accounting");
        all.Gone(Now);
        all.Wants(WebhookEventTypes.SubscriptionUpdated).Should().BeFalse();
        all.DisabledReason.Should().Contain("410");
        all.SetEnabled(true);
        all.DisabledReason.Should().BeNull();
    }

    [Theory]
    [InlineData("https://hooks.example.test/x", true)]
    [InlineData("http://127.0.0.1:5000/x", true)]
    [InlineData("http://hooks.example.test/x", false)]
    [InlineData("https://user:pass@hooks.example.test/x", false)]
    [InlineData("ftp://hooks.example.test/x", false)]
    public void IsAcceptableUrl_HttpsOrLoopbackHttp_WithoutUserInformation(string url, bool acceptable) =>
        WebhookEndpoint.IsAcceptableUrl(new Uri(url)).Should().Be(acceptable);

    [Fact]
    public void Register_AnUnknownEventType_IsRefused()
    {
        var register = () => Endpoint("invoice.exploded");

        register.Should().Throw<DomainException>().Which.Code.Should().Be("webhook_endpoint.invalid");
    }
}
