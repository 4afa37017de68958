using CleanPlatform.Application.Common.Interfaces;

namespace CleanPlatform.Infrastructure.Persistence;

/// <summary>The caller outside any request (design time, start-up seeding): sees every organization.</summary>
internal sealed class SystemCaller : ICurrentUser
{
    public static readonly SystemCaller Instance = new();

    public Guid? UserId => null;
    public string? Email => null;
    public Guid? OrganizationId => null;
    public Guid? ApiKeyId => null;
    public bool IsPlatformAdmin => true;
    public IReadOnlyCollection<string> Roles => [];
}
