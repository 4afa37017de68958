namespace CleanPlatform.Application.Identity.Common;

/// <summary>
/// What a caller may do now (active, roles, organization, plan, security stamp), read on every
/// authenticated request. Entries live briefly; every change evicts them, so a change applies to the
/// caller's next request.
/// </summary>
public interface IAccessStateCache
{
    /// <summary>The user's current access, or null when there is no such user.</summary>
    ValueTask<CallerAccess?> GetAsync(Guid userId, CancellationToken ct);

    /// <summary>The API key with this lookup prefix as stored, or null when there is none.</summary>
    ValueTask<ApiKeySnapshot?> GetApiKeyAsync(string prefix, CancellationToken ct);

    /// <summary>Forgets what is known of a user.</summary>
    void EvictUser(Guid userId);

    /// <summary>Forgets what is known of every user of an organization (its plan changed).</summary>
    void EvictOrganization(Guid organizationId);

    /// <summary>Forgets an API key.</summary>
    void EvictApiKey(string prefix);
}

/// <summary>A user's access as it stands, with their organization's plan and name.</summary>
public sealed record CallerAccess(UserAccount Account, string PlanCode, string OrganizationName = "");
