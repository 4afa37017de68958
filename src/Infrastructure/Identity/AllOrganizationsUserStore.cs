using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace CleanPlatform.Infrastructure.Identity;

/// <summary>
/// Identity's user store, across organizations by nature: a log-in finds its account by e-mail before
/// anyone knows the organization, and an e-mail is unique across all of them. Use cases read users through
/// <c>IIdentityDb.Users</c>, under the tenant filter, and decide there who may change whom.
/// </summary>
internal sealed class AllOrganizationsUserStore(AppDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<ApplicationUser, ApplicationRole, AppDbContext, Guid>(context, describer)
{
    public override IQueryable<ApplicationUser> Users => Context.Users.IgnoreQueryFilters();

    // The base class looks up by key with Find, which the tenant filter would also apply to.
    public override Task<ApplicationUser?> FindByIdAsync(string userId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var id = ConvertIdFromString(userId);
        return Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
    }
}
