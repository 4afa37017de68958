namespace CleanPlatform.Application.Identity.Login;

public sealed class LoginValidator : AbstractValidator<Login>
{
    public LoginValidator()
    {
        // Longer values can match no account; refusing them keeps hashing work bounded.
        RuleFor(x => x.Email).NotEmpty().MaximumLength(IdentityRules.EmailMaxLength);
        RuleFor(x => x.Password).NotEmpty().MaximumLength(IdentityRules.PasswordMaxLength);
    }
}
