namespace CleanPlatform.Application.Identity.Logout;

public sealed class LogoutValidator : AbstractValidator<Logout>
{
    public LogoutValidator() => RuleFor(x => x.RefreshToken).NotEmpty().MaximumLength(IdentityRules.TokenMaxLength);
}
