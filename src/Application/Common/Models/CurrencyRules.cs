namespace CleanPlatform.Application.Common.Models;

/// <summary>The one rule every currency code in a request follows, with the message that lists what is accepted.</summary>
public static class CurrencyRules
{
    public static readonly string Message =
        $"Use a supported ISO 4217 code in upper case: {string.Join(", ", Currencies.Supported.Order(StringComparer.Ordinal))}.";

    /// <summary>A supported ISO 4217 code, in upper case.</summary>
    public static IRuleBuilderOptions<T, string?> SupportedCurrency<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(Currencies.IsSupported).WithMessage(Message);
}
