using CleanPlatform.Application.Common.Interfaces;
using CleanPlatform.Application.Common.Security;
using CleanPlatform.Application.Identity.Common;
using Mediator;

namespace CleanPlatform.Application.Identity.ChangePassword;

[Authorize, Audited("User")]
public sealed record ChangePassword(string CurrentPassword, string NewPassword) : ICommand;

public sealed class ChangePasswordHandler(IIdentityService identity, ICurrentUser user, AuditScope audit)
    : ICommandHandler<ChangePassword>
{
    public async ValueTask<Unit> Handle(ChangePassword command, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        audit.EntityId = userId.ToString();
        await identity.ChangePasswordAsync(userId, command.CurrentPassword, command.NewPassword, cancellationToken);
        return Unit.Value;
    }
}
