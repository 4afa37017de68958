using CleanPlatform.Application.Betting.Alerts.Common;
using CleanPlatform.Domain.Betting;
using static CleanPlatform.Api.FunctionalTests.Betting.Alerts.AlertRequests;
using static CleanPlatform.Api.FunctionalTests.Betting.SettingsRequests;

namespace CleanPlatform.Api.FunctionalTests.Betting.Alerts;

/// <summary>Each member's own alert preferences: read, saved, validated, never another's, secrets never returned.</summary>
public abstract class AlertPreferencesTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    private const string TelegramUrl = "https://api.telegram.org/bot123456:secret-token-abc/sendMessage";

    [Fact]
    public async Task GetPreferences_NeverSaved_ReturnsTheOrganizationsThresholdsLiveOnly()
    {
        var (admin, viewer) = await Api.RegisterWithMemberAsync(Roles.Viewer, Ct);
        await admin.Client.SaveSettingsAsync(Update(version: 0), Ct);

        var preferences = await viewer.Client.ReadPreferencesAsync(Ct);

        preferences.Should().BeEquivalentTo(AlertPreferencesDto.Defaults(new AlertThresholds(0.08m, 12.5m, 45)));
    }

    [Fact]
    public async Task UpdatePreferences_AsViewer_SavesTheirOwnOnly()
    {
        var (admin, viewer) = await Api.RegisterWithMemberAsync(Roles.Viewer, Ct);

        var saved = await viewer.Client.SavePreferencesAsync(
            Preferences("thresholds.opportunityEdge=0.05;email=true;live=false"), Ct);

        saved.Should().BeEquivalentTo(new { Thresholds = new AlertThresholds(0.05m, 10m, 30), Live = false, Email = true, Version = 1 });
        (await viewer.Client.ReadPreferencesAsync(Ct)).Should().BeEquivalentTo(saved);
        (await admin.Client.ReadPreferencesAsync(Ct)).Should().BeEquivalentTo(AlertPreferencesDto.Defaults(AlertThresholds.Default),
            "one member's preferences are never another's");
    }

    [Fact]
    public async Task Preferences_OfAnotherOrganization_AreNeitherSeenNorChanged()
    {
        var owner = await Api.RegisterAsync(Ct);
        var stranger = await Api.RegisterAsync(Ct);
        await owner.Client.SavePreferencesAsync(Preferences("email=true"), Ct);

        await stranger.Client.SavePreferencesAsync(Preferences("live=false"), Ct);

        (await owner.Client.ReadPreferencesAsync(Ct)).Should().BeEquivalentTo(new { Live = true, Email = true });
        (await stranger.Client.ReadPreferencesAsync(Ct)).Should().BeEquivalentTo(new { Live = false, Email = false });
    }

    [Fact]
    public async Task UpdatePreferences_WithWebhook_NeverReturnsTheUrlOrSecretAgainAndStoresThemEncrypted()
    {
        var member = await Api.RegisterAsync(Ct);

        var telegram = await member.Client.SavePreferencesAsync(Preferences(
            $"webhook=true;webhookFormat=\"Telegram\";webhookUrl=\"{TelegramUrl}\";telegramChatId=\"-100123\""), Ct);
        var generic = await member.Client.SavePreferencesAsync(Preferences("webhook=true;webhookFormat=\"Generic\""), Ct);
        var kept = await member.Client.SavePreferencesAsync(Preferences("webhook=true;webhookFormat=\"Generic\""), Ct);
        var read = await member.Client.GetAsync(Url, Ct);

        telegram.Should().BeEquivalentTo(new { WebhookUrlSet = true, WebhookUrlHint = "https://api.telegram.org/…", WebhookSecret = (string?)null });
        generic.WebhookSecret.Should().MatchRegex("^[0-9a-f]{64}$", "the generic format's secret is made with it and shown once");
        kept.WebhookSecret.Should().BeNull();
        kept.WebhookSecretSet.Should().BeTrue();
        (await read.Content.ReadAsStringAsync(Ct)).Should().NotContain("secret-token").And.NotContain(generic.WebhookSecret!);
        var userId = await Api.UserIdOfAsync(member.Email, Ct);
        var stored = await Api.InDatabaseAsync(db => db.AlertPreferences.SingleAsync(p => p.UserId == userId, Ct));
        (stored.ProtectedWebhookUrl + stored.ProtectedWebhookSecret).Should().NotContain("secret-token").And.NotContain(generic.WebhookSecret!);
    }

    [Fact]
    public async Task UpdatePreferences_WebhookWithoutUrl_Returns422()
    {
        var member = await Api.RegisterAsync(Ct);

        var response = await member.Client.PutPreferencesAsync(Preferences("webhook=true"), Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Theory]
    [InlineData("thresholds.opportunityEdge", "thresholds.opportunityEdge=0")]
    [InlineData("thresholds.lineMovePercent", "thresholds.lineMovePercent=101")]
    [InlineData("thresholds.kickOffReminderMinutes", "thresholds.kickOffReminderMinutes=-1")]
    [InlineData("webhookUrl", "webhookUrl=\"http://example.com/hook\"")]
    [InlineData("webhookUrl", "webhookUrl=\"not a url\"")]
    [InlineData("telegramChatId", "webhookFormat=\"Telegram\";webhookUrl=\"https://api.telegram.org/bot1:x/sendMessage\"")]
    public async Task UpdatePreferences_InvalidField_Returns400NamingIt(string field, string changes)
    {
        var member = await Api.RegisterAsync(Ct);

        var response = await member.Client.PutPreferencesAsync(Preferences(changes), Ct);

        (await response.ShouldBeInvalidAsync()).Should().Contain(field);
        (await member.Client.ReadPreferencesAsync(Ct)).Version.Should().Be(0);
    }

    [Fact]
    public async Task Preferences_Anonymous_Returns401()
    {
        using var anonymous = Api.CreateClient();

        var response = await anonymous.GetAsync(Url, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}

[Collection(PostgresApi.Name)]
public sealed class AlertPreferencesPostgresTests(PostgresApiFactory api) : AlertPreferencesTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class AlertPreferencesSqliteTests(SqliteApiFactory api) : AlertPreferencesTests<SqliteApiFactory>(api);
