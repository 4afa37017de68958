namespace CleanPlatform.Application.Identity.ChangePassword;

public sealed class ChangePasswordValidator : AbstractValidator<ChangePassword>
{
    public ChangePasswordValidator()
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().MaximumLength(IdentityRules.PasswordMaxLength);
        RuleFor(x => x.NewPassword).ValidNewPassword()
            .NotEqual(x => x.CurrentPassword).WithMessage("The new password must differ from the current one.");
    }
}
