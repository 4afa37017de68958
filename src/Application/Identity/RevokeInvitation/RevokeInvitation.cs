namespace CleanPlatform.Application.Identity.RevokeInvitation;

/// <summary>Withdraws a pending invitation of the caller's organization.</summary>
[Authorize(Roles.Admin, Interactive = true), Audited("Invitation")]
public sealed record RevokeInvitation(Guid Id) : ICommand, IHasId;

public sealed class RevokeInvitationHandler(IIdentityDb db, TimeProvider time) : ICommandHandler<RevokeInvitation>
{
    public async ValueTask<Unit> Handle(RevokeInvitation command, CancellationToken cancellationToken)
    {
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(Invitation), command.Id);
        invitation.Revoke(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
