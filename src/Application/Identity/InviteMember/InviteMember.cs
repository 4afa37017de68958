using CleanPlatform.Application.Identity.ListInvitations;

namespace CleanPlatform.Application.Identity.InviteMember;

/// <summary>
/// Invites an e-mail address to the caller's organization with a role. The token is in this response
/// only: the admin sends the invitee the link <c>/register?invitation=&lt;token&gt;</c>. Needs a
/// signed-in Admin, never an API key.
/// </summary>
[Authorize(Roles.Admin, Interactive = true), Audited("Invitation")]
public sealed record InviteMember(string Email, string Role) : ICommand<CreatedInvitationDto>;

[ContainsSecret]
public sealed record CreatedInvitationDto(InvitationDto Invitation, string Token) : IHasId
{
    Guid IHasId.Id => Invitation.Id;
}

public sealed class InviteMemberHandler(IIdentityDb db, IIdentityService identity, ICurrentUser user,
    ISecrets secrets, TimeProvider time) : ICommandHandler<InviteMember, CreatedInvitationDto>
{
    public async ValueTask<CreatedInvitationDto> Handle(InviteMember command, CancellationToken cancellationToken)
    {
        // Only this organization's members are told apart: whether the address has an account elsewhere
        // is nobody's business here.
        if (await identity.IsMemberAsync(command.Email.Trim(), user.RequireOrganizationId(), cancellationToken))
            throw new ConflictException("invitation.already_member", "This person is already a member.");

        var now = time.GetUtcNow();
        var token = secrets.NewToken();
        var invitation = Invitation.Issue(user.RequireOrganizationId(), command.Email, command.Role,
            secrets.Hash(token), user.RequireUserId(), now);
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedInvitationDto(InvitationDto.From(invitation, now), token);
    }
}
