using CleanPlatform.Application.Betting.Settings.UpdateBettingSettings;
using CleanPlatform.Application.Common.Models;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.UnitTests.Betting;

public sealed class UpdateBettingSettingsValidatorTests
{
    private static readonly UpdateBettingSettings Valid = new(0, new MoneyDto(1000m, "EUR"), 0.25m, 0.02m, 0.05m, 0.25m, 60,
        50, ["eu"], [], AgentSwitches.AllOn, AlertThresholds.Default);

    private static TestValidationResult<UpdateBettingSettings> Validate(UpdateBettingSettings command) =>
        new UpdateBettingSettingsValidator().TestValidate(command);

    [Fact]
    public void Validate_Defaults_HaveNoErrors()
    {
        var result = Validate(Valid);

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0123456789abcdef0123456789a1b2c3")]
    public void Validate_KeyKeptRemovedOrReplaced_HasNoErrors(string? key)
    {
        var result = Validate(Valid with { OddsApiKey = key });

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("short")]
    [InlineData("0123456789abcdef 0123456789a1b2c3")]
    public void Validate_MalformedKey_FailsOnTheKey(string key)
    {
        var result = Validate(Valid with { OddsApiKey = key });

        result.ShouldHaveValidationErrorFor(x => x.OddsApiKey);
    }

    [Fact]
    public void Validate_BetCapAboveOpenCap_FailsOnTheBetCap()
    {
        var result = Validate(Valid with { MaxBetShare = 0.3m });

        result.ShouldHaveValidationErrorFor(x => x.MaxBetShare);
    }

    [Fact]
    public void Validate_SevenDecimals_FailsOnThatFraction()
    {
        var result = Validate(Valid with { KellyFraction = 0.2500001m });

        result.ShouldHaveValidationErrorFor(x => x.KellyFraction).WithErrorMessage("At most 6 decimals.");
    }

    [Fact]
    public void Validate_UnknownRegionAndBadSportKey_FailOnThoseItems()
    {
        var result = Validate(Valid with { Regions = ["eu", "mars"], SportKeys = ["Soccer EPL"] });

        result.ShouldHaveValidationErrorFor("Regions[1]");
        result.ShouldHaveValidationErrorFor("SportKeys[0]");
    }

    [Fact]
    public void ToString_WithKey_NeverPrintsIt()
    {
        var text = (Valid with { OddsApiKey = "0123456789abcdef0123456789a1b2c3" }).ToString();

        text.Should().NotContain("0123456789abcdef");
    }
}
