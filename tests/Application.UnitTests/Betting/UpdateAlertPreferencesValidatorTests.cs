using CleanPlatform.Application.Betting.Alerts.UpdateAlertPreferences;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.UnitTests.Betting;

public sealed class UpdateAlertPreferencesValidatorTests
{
    private static readonly UpdateAlertPreferences Valid = new(AlertThresholds.Default, Live: true, Email: false, Webhook: false);

    private static TestValidationResult<UpdateAlertPreferences> Validate(UpdateAlertPreferences command) =>
        new UpdateAlertPreferencesValidator().TestValidate(command);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://hooks.example.com/x")]
    [InlineData("http://127.0.0.1:8080/hook")]
    public void Validate_UrlKeptRemovedOrAllowed_HasNoErrors(string? url)
    {
        var result = Validate(Valid with { WebhookUrl = url });

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("http://example.com/hook")]
    [InlineData("hooks.example.com")]
    [InlineData("https://user:secret@example.com/hook")]
    public void Validate_RefusedUrl_FailsOnTheUrl(string url)
    {
        var result = Validate(Valid with { WebhookUrl = url });

        result.ShouldHaveValidationErrorFor(x => x.WebhookUrl);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("-100123", false)]
    [InlineData("@my_channel", false)]
    [InlineData("not a chat", true)]
    public void Validate_TelegramChatId_IsANumberOrChannel(string? chatId, bool fails)
    {
        var result = Validate(Valid with
        {
            WebhookFormat = WebhookFormat.Telegram,
            WebhookUrl = "https://api.telegram.org/bot1:x/sendMessage",
            TelegramChatId = chatId,
        });

        (result.Errors.Any(e => e.PropertyName == nameof(UpdateAlertPreferences.TelegramChatId))).Should().Be(fails);
    }

    [Theory]
    [InlineData(0, 10, 30, "Thresholds.OpportunityEdge")]
    [InlineData(0.1, 0, 30, "Thresholds.LineMovePercent")]
    [InlineData(0.1, 10, -1, "Thresholds.KickOffReminderMinutes")]
    [InlineData(0.1234567, 10, 30, "Thresholds.OpportunityEdge")]
    public void Validate_ThresholdOutOfRange_FailsOnIt(double edge, double move, int minutes, string property)
    {
        var result = Validate(Valid with { Thresholds = new AlertThresholds((decimal)edge, (decimal)move, minutes) });

        result.Errors.Should().Contain(e => e.PropertyName == property);
    }

    [Fact]
    public void ToString_WithWebhookUrl_HidesIt() =>
        (Valid with { WebhookUrl = "https://api.telegram.org/bot1:token/sendMessage" }).ToString()
            .Should().NotContain("token");
}
