using System.Text.Json;
using CleanPlatform.Application.Platform.ListNotifications;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Betting.Events;
using CleanPlatform.Infrastructure.Email;
using CleanPlatform.Infrastructure.Outbox;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static CleanPlatform.Api.FunctionalTests.Betting.Alerts.AlertRequests;

namespace CleanPlatform.Api.FunctionalTests.Betting.Alerts;

/// <summary>
/// An opportunity above a member's threshold reaches their channels through the outbox: the notification, the webhook
/// in each format (the generic one signed), the e-mail; once, however often the event is delivered.
/// </summary>
public abstract class AlertDeliveryTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task OpportunityAboveThreshold_GenericWebhook_ReceivesSignedJsonAndNotificationAndEmail()
    {
        await using var receiver = WebhookReceiver.Start();
        var member = await Api.RegisterAsync(Ct);
        var saved = await member.Client.SavePreferencesAsync(Preferences(
            $"email=true;webhook=true;webhookFormat=\"Generic\";webhookUrl=\"{receiver.Url}\""), Ct);

        await Api.RaiseAsync(await OpportunityAsync(member, expectedValue: 0.12m));
        await Api.DispatchOutboxAsync(Ct);

        var request = receiver.Requests.Should().ContainSingle().Subject;
        request.Headers["X-CleanPlatform-Signature"].Should().Be(Signature(saved.WebhookSecret!, request.Body));
        using var json = JsonDocument.Parse(request.Body);
        json.RootElement.GetProperty("kind").GetString().Should().Be("opportunity");
        json.RootElement.GetProperty("message").GetString().Should().Contain("edge 12.0 %");
        (await NotificationsAsync(member)).Should().ContainSingle().Which.Message.Should().Contain("edge 12.0 %");
        AlertMails(member).Should().ContainSingle().Which.Body.Should().Contain("edge 12.0 %");
    }

    [Fact]
    public async Task OpportunityAboveThreshold_EmailChosenWithoutSmtp_LandsInThePickupDirectory()
    {
        var pickup = Directory.CreateTempSubdirectory("alerts-mail-").FullName;
        await using var host = Api.WithWebHostBuilder(b => b.UseSetting("Email:PickupDirectory", pickup)
            .ConfigureTestServices(s =>
            {
                s.RemoveAll<IEmailSender>();
                s.AddSingleton<IEmailSender, PickupDirectoryEmailSender>();
            }));
        var member = await Api.RegisterAsync(Ct);
        await member.Client.SavePreferencesAsync(Preferences("email=true"), Ct);

        await Api.RaiseAsync(await OpportunityAsync(member, expectedValue: 0.12m));
        var dispatcher = host.Services.GetRequiredService<OutboxDispatcher>();
        while (await dispatcher.DispatchAsync(Ct) > 0)
        {
        }

        var mails = Directory.GetFiles(pickup, "*.eml").Select(f => MimeKit.MimeMessage.Load(f))
            .Where(m => m.To.ToString().Contains(member.Email, StringComparison.OrdinalIgnoreCase)).ToList();
        mails.Should().ContainSingle().Which.TextBody.Should().Contain("edge 12.0 %");
        Directory.Delete(pickup, recursive: true);
    }

    [Theory]
    [InlineData(WebhookFormat.Telegram, "chat_id")]
    [InlineData(WebhookFormat.Discord, "content")]
    public async Task OpportunityAboveThreshold_ChatWebhook_ReceivesItsFormat(WebhookFormat format, string property)
    {
        await using var receiver = WebhookReceiver.Start();
        var member = await Api.RegisterAsync(Ct);
        await member.Client.SavePreferencesAsync(Preferences(
            $"webhook=true;webhookFormat=\"{format}\";webhookUrl=\"{receiver.Url}\";telegramChatId=\"-100123\""), Ct);

        await Api.RaiseAsync(await OpportunityAsync(member, expectedValue: 0.15m));
        await Api.DispatchOutboxAsync(Ct);

        var request = receiver.Requests.Should().ContainSingle().Subject;
        using var json = JsonDocument.Parse(request.Body);
        json.RootElement.TryGetProperty(property, out _).Should().BeTrue();
        var text = json.RootElement.GetProperty(format == WebhookFormat.Telegram ? "text" : "content").GetString();
        text.Should().Contain("edge 15.0 %");
        request.Headers.ContainsKey("X-CleanPlatform-Signature").Should().BeFalse();
    }

    [Fact]
    public async Task OpportunityBelowThreshold_AlertsNobody()
    {
        await using var receiver = WebhookReceiver.Start();
        var member = await Api.RegisterAsync(Ct);
        await member.Client.SavePreferencesAsync(Preferences(
            $"thresholds.opportunityEdge=0.2;webhook=true;webhookUrl=\"{receiver.Url}\""), Ct);

        await Api.RaiseAsync(await OpportunityAsync(member, expectedValue: 0.12m));
        await Api.DispatchOutboxAsync(Ct);

        receiver.Requests.Should().BeEmpty();
        (await NotificationsAsync(member)).Should().BeEmpty();
    }

    [Fact]
    public async Task OpportunityRaised_ReplayedAndRedelivered_DeliversOnce()
    {
        await using var receiver = WebhookReceiver.Start();
        var member = await Api.RegisterAsync(Ct);
        await member.Client.SavePreferencesAsync(Preferences($"email=true;webhook=true;webhookUrl=\"{receiver.Url}\""), Ct);
        var raised = await OpportunityAsync(member, expectedValue: 0.12m);

        await Api.RaiseAsync(raised);
        await Api.DispatchOutboxAsync(Ct);
        await Api.RaiseAsync(raised);
        await Api.InDatabaseAsync(db => db.OutboxMessages.Where(m => m.OrganizationId == raised.OrganizationId).ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, (DateTimeOffset?)null), Ct));
        await Api.DispatchOutboxAsync(Ct);

        receiver.Requests.Should().ContainSingle();
        AlertMails(member).Should().ContainSingle();
        (await NotificationsAsync(member)).Should().ContainSingle();
    }

    [Fact]
    public async Task Webhook_FailingThenBack_RetriedByTheOutboxWithoutRepeatingOtherChannels()
    {
        await using var receiver = WebhookReceiver.Start();
        receiver.Status = HttpStatusCode.InternalServerError;
        var member = await Api.RegisterAsync(Ct);
        await member.Client.SavePreferencesAsync(Preferences($"email=true;webhook=true;webhookUrl=\"{receiver.Url}\""), Ct);

        await Api.RaiseAsync(await OpportunityAsync(member, expectedValue: 0.12m));
        await Api.DispatchOutboxAsync(Ct);
        var failedAttempts = receiver.Requests.Count;
        receiver.Status = HttpStatusCode.OK;
        Api.Time.Advance(TimeSpan.FromMinutes(1));
        await Api.DispatchOutboxAsync(Ct);

        failedAttempts.Should().Be(3, "one attempt and two bounded retries");
        receiver.Requests.Should().HaveCount(4);
        AlertMails(member).Should().ContainSingle("the e-mail handler succeeded the first time");
        (await NotificationsAsync(member)).Should().ContainSingle();
    }

    [Fact]
    public async Task TestAlert_Returns202AndReachesTheWebhook()
    {
        await using var receiver = WebhookReceiver.Start();
        var member = await Api.RegisterAsync(Ct);
        await member.Client.SavePreferencesAsync(Preferences($"webhook=true;webhookFormat=\"Discord\";webhookUrl=\"{receiver.Url}\""), Ct);

        var response = await member.Client.PostAsync($"{Url}/test", null, Ct);
        await Api.DispatchOutboxAsync(Ct);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        receiver.Requests.Should().ContainSingle().Which.Body.Should().Contain("test alert");
    }

    private async Task<OpportunityRaised> OpportunityAsync(Caller member, decimal expectedValue)
    {
        var organizationId = await Api.OrganizationIdOfAsync(member.Email, Ct);
        var eventId = (await Api.SeedEventsAsync(member, Ct)).First;
        return new OpportunityRaised(Guid.CreateVersion7(), organizationId, eventId, "value-rule", expectedValue,
            Api.Time.GetUtcNow().AddDays(1));
    }

    private IEnumerable<EmailMessage> AlertMails(Caller member) =>
        Api.Mailbox.To(member.Email).Where(m => m.Subject.StartsWith("CleanPlatform alert", StringComparison.Ordinal));

    private static async Task<IReadOnlyList<NotificationDto>> NotificationsAsync(Caller member) =>
        (await (await member.Client.GetAsync("/api/v1/platform/notifications", Ct))
            .ShouldBeAsync<PagedList<NotificationDto>>(HttpStatusCode.OK)).Items;
}

[Collection(PostgresApi.Name)]
public sealed class AlertDeliveryPostgresTests(PostgresApiFactory api) : AlertDeliveryTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class AlertDeliverySqliteTests(SqliteApiFactory api) : AlertDeliveryTests<SqliteApiFactory>(api);
