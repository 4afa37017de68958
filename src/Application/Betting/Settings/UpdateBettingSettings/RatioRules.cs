namespace CleanPlatform.Application.Betting.Settings.UpdateBettingSettings;

/// <summary>Fractions the settings store in ratio columns, which keep six decimals.</summary>
internal static class RatioRules
{
    public static IRuleBuilderOptions<T, decimal> Ratio<T>(this IRuleBuilderOptions<T, decimal> rule) =>
        rule.Must(v => decimal.Round(v, UpdateBettingSettingsValidator.RatioDecimals) == v)
            .WithMessage($"At most {UpdateBettingSettingsValidator.RatioDecimals} decimals.");
}
