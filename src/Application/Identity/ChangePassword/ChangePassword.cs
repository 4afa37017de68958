using CleanPlatform.Application.Common.Exceptions;
using CleanPlatform.Application.Common.Interfaces;
using CleanPlatform.Application.Common.Security;
using CleanPlatform.Application.Identity.Common;
using Mediator;

namespace CleanPlatform.Application.Identity.ChangePassword;

/// <summary>
/// Changes the caller's password and ends every session of theirs, wherever it was opened: whoever
/// may have had the old password (or a refresh token) is out. The caller continues in the fresh
/// session this returns.
/// </summary>
[Authorize, Audited("User")]
public sealed record ChangePassword(string CurrentPassword, string NewPassword) : ICommand<AuthResponse>;

public sealed class ChangePasswordHandler(IAppDbContext db, IIdentityService identity, ICurrentUser user,
    SessionIssuer sessions, AuditScope audit, TimeProvider time) : ICommandHandler<ChangePassword, AuthResponse>
{
    public async ValueTask<AuthResponse> Handle(ChangePassword command, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        audit.EntityId = userId.ToString();
        await identity.ChangePasswordAsync(userId, command.CurrentPassword, command.NewPassword, cancellationToken);
        await db.RefreshTokens.Where(t => t.UserId == userId).RevokeAsync(time.GetUtcNow(), cancellationToken);

        var account = await identity.FindByIdAsync(userId, cancellationToken)
            ?? throw new NotFoundException("User", userId);
        return await sessions.StartAsync(account, cancellationToken);
    }
}
