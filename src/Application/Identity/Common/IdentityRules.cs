namespace CleanPlatform.Application.Identity.Common;

/// <summary>Shape rules shared by the identity validators; limits live here once.</summary>
public static class IdentityRules
{
    public const int EmailMaxLength = 256;
    public const int DisplayNameMaxLength = 100;
    public const int PasswordMinLength = 10;
    public const int PasswordMaxLength = 128;
    public const int TokenMaxLength = 200;

    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(EmailMaxLength).EmailAddress();

    public static IRuleBuilderOptions<T, string> ValidNewPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MinimumLength(PasswordMinLength).MaximumLength(PasswordMaxLength);
}
