using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Alerts.UpdateAlertPreferences;

public sealed class UpdateAlertPreferencesValidator : AbstractValidator<UpdateAlertPreferences>
{
    /// <summary>The decimals a threshold keeps.</summary>
    public const int RatioDecimals = 6;

    /// <summary>What a Telegram chat id looks like: a number (negative for groups) or <c>@channel</c>.</summary>
    public const string ChatIdPattern = "^(-?[0-9]+|@[A-Za-z0-9_]+)$";

    public UpdateAlertPreferencesValidator()
    {
        RuleFor(x => x.Thresholds).NotNull();
        RuleFor(x => x.Thresholds.OpportunityEdge).GreaterThan(0m).LessThanOrEqualTo(1m).PrecisionScale(7, RatioDecimals, true)
            .When(x => x.Thresholds is not null);
        RuleFor(x => x.Thresholds.LineMovePercent).GreaterThan(0m).LessThanOrEqualTo(100m).PrecisionScale(9, RatioDecimals, true)
            .When(x => x.Thresholds is not null);
        RuleFor(x => x.Thresholds.KickOffReminderMinutes).InclusiveBetween(0, AlertThresholds.MaxKickOffReminderMinutes)
            .When(x => x.Thresholds is not null);
        RuleFor(x => x.WebhookFormat).IsInEnum();
        RuleFor(x => x.WebhookUrl!).MaximumLength(AlertPreferences.UrlMaxLength)
            .Must(u => Uri.TryCreate(u, UriKind.Absolute, out var url) && AlertRules.WebhookUrlAllowed(url))
            .WithMessage("A webhook URL is an absolute HTTPS URL (plain HTTP only to a loopback address).")
            .When(x => !string.IsNullOrEmpty(x.WebhookUrl));
        RuleFor(x => x.TelegramChatId).NotEmpty().MaximumLength(AlertPreferences.ChatIdMaxLength).Matches(ChatIdPattern)
            .WithMessage("A Telegram chat id is a number or @channel.")
            .When(x => x.WebhookFormat == WebhookFormat.Telegram && x.WebhookUrl != "");
        RuleFor(x => x.TelegramChatId).MaximumLength(AlertPreferences.ChatIdMaxLength);
    }
}
