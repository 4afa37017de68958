namespace CleanPlatform.Application.Identity.ConfirmRegistration;

public sealed class ConfirmRegistrationValidator : AbstractValidator<ConfirmRegistration>
{
    public ConfirmRegistrationValidator() =>
        RuleFor(x => x.Token).NotEmpty().MaximumLength(IdentityRules.TokenMaxLength);
}
