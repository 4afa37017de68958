namespace CleanPlatform.Application.Identity.RefreshTokens;

public sealed class RefreshTokensValidator : AbstractValidator<RefreshTokens>
{
    public RefreshTokensValidator() => RuleFor(x => x.RefreshToken).NotEmpty().MaximumLength(IdentityRules.TokenMaxLength);
}
