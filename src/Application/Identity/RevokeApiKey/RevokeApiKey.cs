namespace CleanPlatform.Application.Identity.RevokeApiKey;

/// <summary>Revokes one of the caller's keys (an organization Admin may revoke any of the organization's).</summary>
[Authorize(Interactive = true), Audited("ApiKey")]
public sealed record RevokeApiKey(Guid Id) : ICommand, IHasId;

public sealed class RevokeApiKeyHandler(IIdentityDb db, ICurrentUser user, AccessChanges access, AuditScope audit,
    TimeProvider time)
    : ICommandHandler<RevokeApiKey>
{
    public async ValueTask<Unit> Handle(RevokeApiKey command, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == command.Id, cancellationToken);
        if (key is null || (key.UserId != userId && !user.IsInRole(Roles.Admin) && !user.IsPlatformAdmin))
            throw new NotFoundException(nameof(ApiKey), command.Id);

        audit.TenantOrganizationId = key.OrganizationId;
        key.Revoke(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        access.ApiKeyChanged(key.Prefix);
        return Unit.Value;
    }
}
