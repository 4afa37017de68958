namespace CleanPlatform.Infrastructure.Callers;

/// <summary>
/// The system acting on its own: background work, start-up and design time. It has a name (audited as
/// "system: name"), no user and no roles. It works either inside one organization, under that
/// organization's tenant filter, or across organizations, which must be asked for by name
/// (<see cref="AcrossOrganizations"/>).
/// </summary>
public sealed class SystemCaller : ICurrentUser
{
    /// <summary>Start-up work and design-time tools: every organization.</summary>
    public static readonly SystemCaller Instance = AcrossOrganizations("platform");

    private SystemCaller(string name, Guid? organizationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        SystemName = name;
        OrganizationId = organizationId;
    }

    /// <summary>Work for one organization: it sees and changes that organization's rows only.</summary>
    public static SystemCaller ForOrganization(string name, Guid organizationId) =>
        organizationId == Guid.Empty
            ? throw new ArgumentException("An organization is required.", nameof(organizationId))
            : new SystemCaller(name, organizationId);

    /// <summary>Work that is cross-tenant by nature (purges, usage flushes): no tenant filter applies.</summary>
    public static SystemCaller AcrossOrganizations(string name) => new(name, null);

    public Guid? UserId => null;
    public string? Email => null;
    public Guid? OrganizationId { get; }
    public Guid? ApiKeyId => null;
    public string SystemName { get; }
    public bool IsPlatformAdmin => OrganizationId is null;
    public IReadOnlyCollection<string> Roles => [];
}
