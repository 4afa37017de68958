namespace CleanPlatform.Application.Identity.ListInvitations;

public sealed record InvitationDto(Guid Id, string Email, string Role, InvitationStatus Status,
    DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? AcceptedAt) : IHasId
{
    public static InvitationDto From(Invitation invitation, DateTimeOffset now) =>
        new(invitation.Id, invitation.Email, invitation.Role, invitation.StatusAt(now), invitation.CreatedAt,
            invitation.ExpiresAt, invitation.AcceptedAt);
}
