namespace CleanPlatform.Application.Identity.GetCurrentUser;

[Authorize]
public sealed record GetCurrentUser : IQuery<CurrentUserDto>;

public sealed record CurrentUserDto(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles,
    bool IsPlatformAdmin, OrganizationDto Organization);

public sealed record OrganizationDto(Guid Id, string Name, string Plan);

/// <summary>
/// Answers from the caller's current access, which authentication has just read (from the access cache,
/// so a read of <c>/me</c> costs no database round trip in the common case).
/// </summary>
public sealed class GetCurrentUserHandler(IAccessStateCache access, ICurrentUser user)
    : IQueryHandler<GetCurrentUser, CurrentUserDto>
{
    public async ValueTask<CurrentUserDto> Handle(GetCurrentUser query, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        var current = await access.GetAsync(userId, cancellationToken) ?? throw new NotFoundException("User", userId);
        var account = current.Account;
        return new CurrentUserDto(account.Id, account.Email, account.DisplayName, account.Roles,
            account.IsPlatformAdmin, new OrganizationDto(account.OrganizationId, current.OrganizationName, current.PlanCode));
    }
}
