using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Domain.UnitTests.Betting;

public sealed class AlertPreferencesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 18, 0, 0, TimeSpan.Zero);

    private static AlertPreferences Fresh() =>
        AlertPreferences.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), AlertThresholds.Default, Now);

    [Fact]
    public void Create_FromOrganizationThresholds_LiveOnly()
    {
        var preferences = Fresh();

        preferences.Should().BeEquivalentTo(new { Thresholds = AlertThresholds.Default, Live = true, ByEmail = false, ByWebhook = false });
    }

    [Fact]
    public void SetChannels_WebhookWithoutUrl_Throws()
    {
        var set = () => Fresh().SetChannels(true, false, true, "a@example.test");

        set.Should().Throw<DomainException>().Which.Code.Should().Be("alert_preferences.webhook_missing");
    }

    [Fact]
    public void SetWebhook_PlainHttpToAHost_Throws()
    {
        var set = () => Fresh().SetWebhook(WebhookFormat.Generic, new Uri("http://example.com/x"), "protected", null);

        set.Should().Throw<DomainException>().Which.Code.Should().Be("alert_preferences.webhook_url_refused");
    }

    [Fact]
    public void SetWebhook_TelegramWithoutChat_Throws()
    {
        var set = () => Fresh().SetWebhook(WebhookFormat.Telegram, new Uri("https://api.telegram.org/bot1:x/sendMessage"), "p", " ");

        set.Should().Throw<DomainException>().Which.Code.Should().Be("alert_preferences.chat_id_missing");
    }

    [Fact]
    public void SetWebhook_Url_KeepsOnlyItsHostAsHint()
    {
        var preferences = Fresh();

        preferences.SetWebhook(WebhookFormat.Telegram, new Uri("https://api.telegram.org/bot1:token/sendMessage"), "p", "-100");
        preferences.SetChannels(false, false, true, "a@example.test");

        preferences.Should().BeEquivalentTo(new { WebhookUrlHint = "https://api.telegram.org/…", TelegramChatId = "-100", ByWebhook = true });
    }

    [Fact]
    public void RemoveWebhook_Always_ForgetsItAndStopsPosting()
    {
        var preferences = Fresh();
        preferences.SetWebhook(WebhookFormat.Generic, new Uri("https://example.com/x"), "p", null);
        preferences.SetWebhookSecret("s");
        preferences.SetChannels(true, false, true, "a@example.test");

        preferences.RemoveWebhook();

        preferences.Should().BeEquivalentTo(new { ByWebhook = false, ProtectedWebhookUrl = (string?)null, ProtectedWebhookSecret = (string?)null });
    }
}
