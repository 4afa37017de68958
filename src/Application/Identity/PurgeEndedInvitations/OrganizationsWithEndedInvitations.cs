namespace CleanPlatform.Application.Identity.PurgeEndedInvitations;

/// <summary>
/// The organizations that have invitations for <see cref="PurgeEndedInvitations"/> to delete: a
/// cross-tenant question, asked by background work running across organizations.
/// </summary>
public sealed record OrganizationsWithEndedInvitations : IQuery<IReadOnlyList<Guid>>;

public sealed class OrganizationsWithEndedInvitationsHandler(IIdentityDb db, TimeProvider time)
    : IQueryHandler<OrganizationsWithEndedInvitations, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(OrganizationsWithEndedInvitations query,
        CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - Invitation.KeptAfterEnding;
        return await db.Invitations.AsNoTracking().Where(Invitation.EndedBefore(cutoff))
            .Select(i => i.OrganizationId).Distinct().OrderBy(id => id).ToListAsync(cancellationToken);
    }
}
