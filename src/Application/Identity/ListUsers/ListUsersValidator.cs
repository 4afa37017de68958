namespace CleanPlatform.Application.Identity.ListUsers;

public sealed class ListUsersValidator : AbstractValidator<ListUsers>
{
    public ListUsersValidator()
    {
        Include(new PagedQueryValidator());
        RuleFor(x => x.Search).MaximumLength(IdentityRules.EmailMaxLength);
    }
}
