namespace CleanPlatform.Application.Common.Security;

/// <summary>
/// What the running command knows about itself that the caller's identity does not say: anonymous
/// commands (register, log in) name the user they acted for, any command may name its entity, and a
/// command that acted inside another organization (the platform administrator's) names that tenant, so
/// the tenant's own trail shows it too.
/// </summary>
public sealed class AuditScope
{
    public Guid? UserId { get; private set; }

    public string? Email { get; private set; }

    public Guid? OrganizationId { get; private set; }

    public string? EntityId { get; set; }

    /// <summary>The organization whose data the command touched, when it may differ from the caller's.</summary>
    public Guid? TenantOrganizationId { get; set; }

    public void ActFor(Guid? userId, string? email, Guid? organizationId)
    {
        UserId = userId;
        Email = email;
        OrganizationId = organizationId;
    }
}
