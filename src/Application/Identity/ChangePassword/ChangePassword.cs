using CleanPlatform.Application.Common.Persistence;

namespace CleanPlatform.Application.Identity.ChangePassword;

/// <summary>
/// Changes the caller's password and ends every session of theirs, wherever it was opened: whoever
/// may have had the old password (or a refresh token or access token) is out. The caller continues in
/// the fresh session this returns. Wrong current passwords count towards lockout, like failed log-ins.
/// </summary>
[Authorize(Interactive = true), Audited("User")]
public sealed record ChangePassword(string CurrentPassword, string NewPassword)
    : ICommand<AuthResponse>, IManagesOwnTransaction;

public sealed class ChangePasswordHandler(IIdentityDb db, IUnitOfWork unitOfWork, IIdentityService identity,
    ICurrentUser user, SessionIssuer sessions, AccessChanges access, AuditScope audit, AuditedUpdates updates, TimeProvider time)
    : ICommandHandler<ChangePassword, AuthResponse>
{
    public async ValueTask<AuthResponse> Handle(ChangePassword command, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        audit.EntityId = userId.ToString();
        // Outside the transaction, so that a wrong guess is counted even though the command then fails.
        await identity.VerifyPasswordAsync(userId, command.CurrentPassword, "currentPassword", cancellationToken);

        return await unitOfWork.InTransactionAsync(async ct =>
        {
            await identity.ChangePasswordAsync(userId, command.NewPassword, ct);
            await db.RefreshTokens.Where(t => t.UserId == userId).RevokeAsync(updates, time.GetUtcNow(), ct);
            access.UserChanged(userId);

            var account = await identity.FindByIdAsync(userId, ct) ?? throw new NotFoundException("User", userId);
            return await sessions.StartAsync(account, ct);
        }, cancellationToken);
    }
}
