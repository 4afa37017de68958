namespace CleanPlatform.Application.Identity.ListInvitations;

public sealed class ListInvitationsValidator : AbstractValidator<ListInvitations>
{
    public ListInvitationsValidator() => Include(new PagedQueryValidator());
}
