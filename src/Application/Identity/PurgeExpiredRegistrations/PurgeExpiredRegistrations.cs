namespace CleanPlatform.Application.Identity.PurgeExpiredRegistrations;

/// <summary>
/// Deletes sign-ups whose confirmation link expired, with their password hashes. Sign-ups belong to no
/// organization, so background work sends it once, across organizations.
/// </summary>
public sealed record PurgeExpiredRegistrations : ICommand<int>;

public sealed class PurgeExpiredRegistrationsHandler(IIdentityDb db, TimeProvider time)
    : ICommandHandler<PurgeExpiredRegistrations, int>
{
    public async ValueTask<int> Handle(PurgeExpiredRegistrations command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await db.PendingRegistrations.Where(p => p.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }
}
