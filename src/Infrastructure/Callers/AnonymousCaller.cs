namespace CleanPlatform.Infrastructure.Callers;

/// <summary>Nobody: no user, no organization. The tenant filter shows such a caller no tenant's rows.</summary>
public sealed class AnonymousCaller : ICurrentUser
{
    public static readonly AnonymousCaller Instance = new();

    private AnonymousCaller() { }

    public Guid? UserId => null;
    public string? Email => null;
    public Guid? OrganizationId => null;
    public Guid? ApiKeyId => null;
    public string? SystemName => null;
    public bool IsPlatformAdmin => false;
    public IReadOnlyCollection<string> Roles => [];
}
