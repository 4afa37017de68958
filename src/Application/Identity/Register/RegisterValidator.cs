namespace CleanPlatform.Application.Identity.Register;

public sealed class RegisterValidator : AbstractValidator<Register>
{
    public RegisterValidator()
    {
        RuleFor(x => x.Email).ValidEmail();
        RuleFor(x => x.Password).ValidNewPassword();
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(IdentityRules.DisplayNameMaxLength);
        RuleFor(x => x.OrganizationName).MaximumLength(Organization.NameMaxLength);
        RuleFor(x => x.InvitationToken).MaximumLength(IdentityRules.TokenMaxLength);
    }
}
