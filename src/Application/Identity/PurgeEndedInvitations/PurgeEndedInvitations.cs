namespace CleanPlatform.Application.Identity.PurgeEndedInvitations;

/// <summary>
/// Deletes the caller's organization's invitations that ended (expired or withdrawn, never accepted) more
/// than <see cref="Invitation.KeptAfterEnding"/> ago. Background work sends it once per organization.
/// </summary>
[Audited("Invitation")]
public sealed record PurgeEndedInvitations : ICommand<int>;

public sealed class PurgeEndedInvitationsHandler(IIdentityDb db, ICurrentUser caller, TimeProvider time)
    : ICommandHandler<PurgeEndedInvitations, int>
{
    public async ValueTask<int> Handle(PurgeEndedInvitations command, CancellationToken cancellationToken)
    {
        // One organization at a time: the tenant filter scopes the delete to it.
        caller.RequireOrganizationId();
        var cutoff = time.GetUtcNow() - Invitation.KeptAfterEnding;
        return await db.Invitations.Where(Invitation.EndedBefore(cutoff)).ExecuteDeleteAsync(cancellationToken);
    }
}
