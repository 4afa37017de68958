using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Betting.Settings.Common;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Infrastructure.Callers;
using static CleanPlatform.Api.FunctionalTests.Betting.BetRequests;
using static CleanPlatform.Api.FunctionalTests.Betting.SettingsRequests;

namespace CleanPlatform.Api.FunctionalTests.Betting;

public abstract class BettingSettingsTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    private const string Key = "0123456789abcdef0123456789a1b2c3";

    [Fact]
    public async Task GetSettings_FreshOrganization_ReturnsTheDefaults()
    {
        var (_, viewer) = await Api.RegisterWithMemberAsync(Roles.Viewer, Ct);

        var settings = await viewer.Client.ReadSettingsAsync(Ct);

        settings.Should().BeEquivalentTo(new BettingSettingsDto(new MoneyDto(1000m, "EUR"), 0.25m, 0.02m, 0.05m, 0.25m, 60, 50,
            ["eu"], [], AgentSwitches.AllOn, new AlertThresholds(0.10m, 10m, 30), OddsApiKeySet: false, OddsApiKeyHint: null,
            Version: 0, UpdatedAt: null));
    }

    [Fact]
    public async Task UpdateSettings_AsAdmin_SavesThemForEveryMember()
    {
        var (admin, member) = await Api.RegisterWithMemberAsync(Roles.Member, Ct);

        var saved = await admin.Client.SaveSettingsAsync(Update(version: 0), Ct);

        var expected = new
        {
            InitialBankroll = new MoneyDto(500m, "EUR"),
            KellyFraction = 0.5m,
            MinimumEdge = 0.03m,
            MaxBetShare = 0.04m,
            MaxOpenShare = 0.2m,
            CollectionIntervalMinutes = 15,
            RequestsReserve = 100,
            Regions = new[] { "eu", "uk" },
            SportKeys = new[] { "soccer_epl" },
            Agents = new AgentSwitches(true, false, true, true),
            Alerts = new AlertThresholds(0.08m, 12.5m, 45),
            OddsApiKeySet = false,
            Version = 1,
        };
        saved.Should().BeEquivalentTo(expected);
        (await member.Client.ReadSettingsAsync(Ct)).Should().BeEquivalentTo(expected);
    }

    [Theory]
    [InlineData(Roles.Member)]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Advisor)]
    public async Task UpdateSettings_NotAnAdmin_Returns403AndChangesNothing(string role)
    {
        var (admin, other) = await Api.RegisterWithMemberAsync(role, Ct);

        var response = await other.Client.PutSettingsAsync(Update(version: 0).With($"oddsApiKey=\"{Key}\""), Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await admin.Client.ReadSettingsAsync(Ct)).Version.Should().Be(0);
    }

    [Fact]
    public async Task Settings_OfAnotherOrganization_AreNeitherSeenNorChanged()
    {
        var owner = await Api.RegisterAsync(Ct);
        var stranger = await Api.RegisterAsync(Ct);
        await owner.Client.SaveSettingsAsync(Update(version: 0).With($"oddsApiKey=\"{Key}\""), Ct);

        var strangers = await stranger.Client.ReadSettingsAsync(Ct);
        await stranger.Client.SaveSettingsAsync(Update(version: 0).With("kellyFraction=1;oddsApiKey=\"\""), Ct);

        strangers.Should().BeEquivalentTo(new { Version = 0, KellyFraction = 0.25m, OddsApiKeySet = false });
        (await owner.Client.ReadSettingsAsync(Ct)).Should().BeEquivalentTo(new
        {
            Version = 1,
            KellyFraction = 0.5m,
            OddsApiKeySet = true,
            OddsApiKeyHint = "…b2c3",
        });
    }

    [Fact]
    public async Task UpdateSettings_WithOddsApiKey_NeverReturnsOrAuditsTheKey()
    {
        var admin = await Api.RegisterAsync(Ct);

        var put = await admin.Client.PutSettingsAsync(Update(version: 0).With($"oddsApiKey=\"{Key}\""), Ct);
        var get = await admin.Client.GetAsync(SettingsUrl, Ct);
        var audit = await admin.Client.GetAsync("/api/v1/platform/audit-entries?pageSize=200", Ct);

        put.StatusCode.Should().Be(HttpStatusCode.OK);
        foreach (var response in new[] { put, get, audit })
            (await response.Content.ReadAsStringAsync(Ct)).Should().NotContain(Key).And.NotContain(Key[..^4]);
        (await get.ShouldBeAsync<BettingSettingsDto>(HttpStatusCode.OK))
            .Should().BeEquivalentTo(new { OddsApiKeySet = true, OddsApiKeyHint = "…b2c3" });
        (await audit.Content.ReadAsStringAsync(Ct)).Should().Contain(nameof(Application.Betting.Settings.UpdateBettingSettings));
    }

    [Fact]
    public async Task UpdateSettings_WithOddsApiKey_StoresItEncryptedAndDecryptsIt()
    {
        var admin = await Api.RegisterAsync(Ct);
        var organizationId = await Api.OrganizationIdOfAsync(admin.Email, Ct);

        await admin.Client.SaveSettingsAsync(Update(version: 0).With($"oddsApiKey=\"{Key}\""), Ct);

        var stored = await Api.InDatabaseAsync(db => db.BettingSettings.Where(s => s.OrganizationId == organizationId)
            .Select(s => s.ProtectedOddsApiKey).SingleAsync(Ct));
        stored.Should().NotBeNullOrEmpty().And.NotContain(Key).And.NotContain(Key[..^4]);
        (await OddsApiKeyAsync(organizationId)).Should().Be(Key);
        (await Api.InDatabaseAsync(db => db.DataProtectionKeys.AnyAsync(Ct))).Should().BeTrue("every node reads the key ring there");
    }

    [Fact]
    public async Task UpdateSettings_KeyOmittedThenEmpty_KeepsItThenRemovesIt()
    {
        var admin = await Api.RegisterAsync(Ct);
        var organizationId = await Api.OrganizationIdOfAsync(admin.Email, Ct);
        await admin.Client.SaveSettingsAsync(Update(version: 0).With($"oddsApiKey=\"{Key}\""), Ct);

        var kept = await admin.Client.SaveSettingsAsync(Update(version: 1).With("kellyFraction=0.4;oddsApiKey=null"), Ct);
        var keptKey = await OddsApiKeyAsync(organizationId);
        var removed = await admin.Client.SaveSettingsAsync(Update(version: 2).With("oddsApiKey=\"\""), Ct);

        kept.Should().BeEquivalentTo(new { OddsApiKeySet = true, OddsApiKeyHint = "…b2c3" });
        keptKey.Should().Be(Key);
        removed.Should().BeEquivalentTo(new { OddsApiKeySet = false, OddsApiKeyHint = (string?)null, Version = 3 });
        (await OddsApiKeyAsync(organizationId)).Should().BeNull();
    }

    [Fact]
    public async Task UpdateSettings_StaleVersion_Returns409AndKeepsTheFirstSave()
    {
        var admin = await Api.RegisterAsync(Ct);
        await admin.Client.SaveSettingsAsync(Update(version: 0), Ct);

        var response = await admin.Client.PutSettingsAsync(Update(version: 0).With("kellyFraction=1"), Ct);

        await response.ShouldBeProblemWithCodeAsync(HttpStatusCode.Conflict, "betting_settings.version_mismatch");
        (await admin.Client.ReadSettingsAsync(Ct)).Should().BeEquivalentTo(new { Version = 1, KellyFraction = 0.5m });
    }

    [Theory]
    [InlineData("kellyFraction", "kellyFraction=0")]
    [InlineData("kellyFraction", "kellyFraction=1.5")]
    [InlineData("minimumEdge", "minimumEdge=-0.01")]
    [InlineData("maxBetShare", "maxBetShare=0.3")]
    [InlineData("maxOpenShare", "maxOpenShare=0.0000001")]
    [InlineData("initialBankroll.amount", "initialBankroll.amount=0")]
    [InlineData("initialBankroll.currency", "initialBankroll.currency=\"eur\"")]
    [InlineData("collectionIntervalMinutes", "collectionIntervalMinutes=4")]
    [InlineData("requestsReserve", "requestsReserve=-1")]
    [InlineData("regions", "regions=[]")]
    [InlineData("regions[0]", "regions=[\"mars\"]")]
    [InlineData("sportKeys[0]", "sportKeys=[\"Soccer EPL\"]")]
    [InlineData("alerts.opportunityEdge", "alerts.opportunityEdge=0")]
    [InlineData("alerts.lineMovePercent", "alerts.lineMovePercent=101")]
    [InlineData("alerts.kickOffReminderMinutes", "alerts.kickOffReminderMinutes=-5")]
    [InlineData("oddsApiKey", "oddsApiKey=\"short\"")]
    [InlineData("oddsApiKey", "oddsApiKey=\"has spaces in the middle of it\"")]
    public async Task UpdateSettings_InvalidField_Returns400NamingIt(string field, string changes)
    {
        var admin = await Api.RegisterAsync(Ct);

        var response = await admin.Client.PutSettingsAsync(Update(version: 0).With(changes), Ct);

        (await response.ShouldBeInvalidAsync()).Should().Contain(field);
        (await admin.Client.ReadSettingsAsync(Ct)).Version.Should().Be(0);
    }

    private Task<string?> OddsApiKeyAsync(Guid organizationId) =>
        Api.Services.GetRequiredService<SystemWork>().AcrossOrganizationsAsync(ApiFactory.TestsCaller,
            (services, ct) => services.GetRequiredService<IOddsApiKeys>().GetAsync(organizationId, ct), Ct);
}

[Collection(PostgresApi.Name)]
public sealed class BettingSettingsPostgresTests(PostgresApiFactory api) : BettingSettingsTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class BettingSettingsSqliteTests(SqliteApiFactory api) : BettingSettingsTests<SqliteApiFactory>(api);
