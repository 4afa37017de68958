namespace CleanPlatform.Application.Common.Security;

/// <summary>
/// What the running command knows about itself that the caller's identity does not say: anonymous
/// commands (register, log in) name the user they acted for, and any command may name its entity.
/// </summary>
public sealed class AuditScope
{
    public Guid? UserId { get; private set; }

    public string? Email { get; private set; }

    public Guid? OrganizationId { get; private set; }

    public string? EntityId { get; set; }

    public void ActFor(Guid? userId, string? email, Guid? organizationId)
    {
        UserId = userId;
        Email = email;
        OrganizationId = organizationId;
    }
}
