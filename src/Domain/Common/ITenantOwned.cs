namespace CleanPlatform.Domain.Common;

/// <summary>
/// A record that belongs to one organization (tenant). Persistence filters every query on it by the
/// caller's organization, so no use case can forget the scope.
/// </summary>
public interface ITenantOwned
{
    /// <summary>The owning organization.</summary>
    Guid OrganizationId { get; }
}
