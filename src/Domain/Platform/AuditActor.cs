namespace CleanPlatform.Domain.Platform;

/// <summary>
/// Who ran a command: a user (by id and e-mail at the time), background work (by its name, for example
/// <c>PurgeEndedInvitations</c>), or nobody known (an unknown e-mail's failed login).
/// </summary>
public readonly record struct AuditActor
{
    public AuditActor(Guid? userId, string? userEmail, string? systemName)
    {
        UserId = userId;
        UserEmail = userEmail;
        SystemName = systemName;
    }

    public Guid? UserId { get; }
    public string? UserEmail { get; }
    public string? SystemName { get; }
}
