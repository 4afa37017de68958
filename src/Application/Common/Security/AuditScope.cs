namespace CleanPlatform.Application.Common.Security;

/// <summary>
/// What the running command knows about itself that the caller's identity does not say: anonymous
/// commands (register, log in) name the user they acted for, any command may name its entity, and a
/// command that acted inside other organizations (the platform administrator's, a batch of the system's) names
/// those tenants, so each tenant's own trail shows it too.
/// </summary>
public sealed class AuditScope
{
    public Guid? UserId { get; private set; }

    public string? Email { get; private set; }

    public Guid? OrganizationId { get; private set; }

    public string? EntityId { get; set; }

    private readonly List<Guid> _tenants = [];

    /// <summary>The organization whose data the command touched, when it may differ from the caller's.</summary>
    public Guid? TenantOrganizationId
    {
        get => _tenants.Count > 0 ? _tenants[0] : null;
        set
        {
            _tenants.Clear();
            if (value is { } tenant)
                _tenants.Add(tenant);
        }
    }

    /// <summary>Every organization whose data the command touched, in the order they were named.</summary>
    public IReadOnlyList<Guid> TenantOrganizationIds => _tenants;

    /// <summary>Names one more organization the command touched.</summary>
    public void AlsoActedIn(Guid organizationId)
    {
        if (!_tenants.Contains(organizationId))
            _tenants.Add(organizationId);
    }

    public void ActFor(Guid? userId, string? email, Guid? organizationId)
    {
        UserId = userId;
        Email = email;
        OrganizationId = organizationId;
    }
}
