namespace CleanPlatform.Application.Identity.InviteMember;

public sealed class InviteMemberValidator : AbstractValidator<InviteMember>
{
    public InviteMemberValidator()
    {
        RuleFor(x => x.Email).ValidEmail();
        RuleFor(x => x.Role).NotEmpty().Must(Roles.IsKnown)
            .WithMessage($"Use one of {string.Join(", ", Roles.All)}.");
    }
}
