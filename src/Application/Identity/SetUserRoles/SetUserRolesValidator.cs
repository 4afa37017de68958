namespace CleanPlatform.Application.Identity.SetUserRoles;

public sealed class SetUserRolesValidator : AbstractValidator<SetUserRoles>
{
    public SetUserRolesValidator()
    {
        RuleFor(x => x.Roles).NotEmpty().WithMessage("A user needs at least one role.")
            .Must(r => r.Count <= Roles.All.Count).WithMessage($"A user has at most {Roles.All.Count} roles.");
        RuleForEach(x => x.Roles).Must(Roles.IsKnown)
            .WithMessage(r => $"Unknown role; use one of {string.Join(", ", Roles.All)}.");
    }
}
