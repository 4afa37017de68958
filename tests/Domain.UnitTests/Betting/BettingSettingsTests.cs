namespace CleanPlatform.Domain.UnitTests.Betting;

public sealed class BettingSettingsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Defaults_NewOrganization_HaveThePlatformsChoices()
    {
        var settings = BettingSettings.Defaults(Guid.NewGuid());

        settings.Should().BeEquivalentTo(new
        {
            InitialBankroll = new Money(1000m, "EUR"),
            KellyMultiplier = 0.25m,
            MinimumEdge = 0.02m,
            BetCap = 0.05m,
            OpenCap = 0.25m,
            CollectionIntervalMinutes = 60,
            RequestsReserve = 50,
            Regions = new[] { "eu" },
            SportKeys = Array.Empty<string>(),
            Agents = AgentSwitches.AllOn,
            Alerts = new AlertThresholds(0.10m, 10m, 30),
            ProtectedOddsApiKey = (string?)null,
            OddsApiKeyHint = (string?)null,
        }, o => o.ExcludingMissingMembers());
    }

    [Theory]
    [InlineData(0, 0.02, 0.05, 0.25, "betting_settings.fraction_out_of_range")]
    [InlineData(1.1, 0.02, 0.05, 0.25, "betting_settings.fraction_out_of_range")]
    [InlineData(0.25, -0.01, 0.05, 0.25, "betting_settings.fraction_out_of_range")]
    [InlineData(0.25, 0.02, 0.30, 0.25, "betting_settings.bet_cap_above_open_cap")]
    public void SetStaking_OutOfRange_ThrowsDomainException(double lambda, double theta, double betCap, double openCap, string code)
    {
        var settings = BettingSettings.Create(Guid.NewGuid(), Now);

        var act = () => settings.SetStaking(new Money(1000m, "EUR"), (decimal)lambda, (decimal)theta, (decimal)betCap, (decimal)openCap);

        act.Should().Throw<DomainException>().Which.Code.Should().Be(code);
    }

    [Fact]
    public void SetCollection_DuplicateRegionsAndKeys_KeepsEachOnce()
    {
        var settings = BettingSettings.Create(Guid.NewGuid(), Now);

        settings.SetCollection(15, 100, ["uk", "eu", "uk"], ["soccer_epl", "soccer_epl", "basketball_nba"]);

        settings.Regions.Should().Equal("eu", "uk");
        settings.SportKeys.Should().Equal("soccer_epl", "basketball_nba");
    }

    [Theory]
    [InlineData(4, new[] { "eu" }, "betting_settings.interval_out_of_range")]
    [InlineData(60, new[] { "mars" }, "betting_settings.region_unknown")]
    [InlineData(60, new string[0], "betting_settings.regions_required")]
    public void SetCollection_Invalid_ThrowsDomainException(int interval, string[] regions, string code)
    {
        var settings = BettingSettings.Create(Guid.NewGuid(), Now);

        var act = () => settings.SetCollection(interval, 50, regions, []);

        act.Should().Throw<DomainException>().Which.Code.Should().Be(code);
    }

    [Fact]
    public void SetOddsApiKey_PlainKey_KeepsOnlyTheProtectedFormAndTheLastFourCharacters()
    {
        var settings = BettingSettings.Create(Guid.NewGuid(), Now);

        settings.SetOddsApiKey("CfDJ8-protected", "0123456789abcdef0123456789a1b2c3");

        settings.Should().BeEquivalentTo(new { ProtectedOddsApiKey = "CfDJ8-protected", OddsApiKeyHint = "b2c3" },
            o => o.ExcludingMissingMembers());
    }

    [Fact]
    public void RemoveOddsApiKey_KeySet_ForgetsKeyAndHint()
    {
        var settings = BettingSettings.Create(Guid.NewGuid(), Now);
        settings.SetOddsApiKey("CfDJ8-protected", "0123456789abcdef0123456789a1b2c3");

        settings.RemoveOddsApiKey();

        settings.Should().BeEquivalentTo(new { ProtectedOddsApiKey = (string?)null, OddsApiKeyHint = (string?)null },
            o => o.ExcludingMissingMembers());
    }
}
