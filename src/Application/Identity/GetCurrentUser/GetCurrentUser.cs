using CleanPlatform.Application.Common.Exceptions;
using CleanPlatform.Application.Common.Interfaces;
using CleanPlatform.Application.Common.Security;
using CleanPlatform.Application.Identity.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CleanPlatform.Application.Identity.GetCurrentUser;

[Authorize]
public sealed record GetCurrentUser : IQuery<CurrentUserDto>;

public sealed record CurrentUserDto(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles,
    bool IsPlatformAdmin, OrganizationDto Organization);

public sealed record OrganizationDto(Guid Id, string Name, string Plan);

public sealed class GetCurrentUserHandler(IAppDbContext db, IIdentityService identity, ICurrentUser user)
    : IQueryHandler<GetCurrentUser, CurrentUserDto>
{
    public async ValueTask<CurrentUserDto> Handle(GetCurrentUser query, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        var account = await identity.FindByIdAsync(userId, cancellationToken)
            ?? throw new NotFoundException("User", userId);
        var organization = await db.Organizations.AsNoTracking().IgnoreQueryFilters()
            .Where(o => o.Id == account.OrganizationId)
            .Select(o => new OrganizationDto(o.Id, o.Name, o.PlanCode))
            .SingleAsync(cancellationToken);
        return new CurrentUserDto(account.Id, account.Email, account.DisplayName, account.Roles,
            account.IsPlatformAdmin, organization);
    }
}
