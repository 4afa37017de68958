namespace CleanPlatform.Application.Common.Interfaces;

/// <summary>The authenticated caller of the current request or job, as the Api layer resolved it.</summary>
public interface ICurrentUser
{
    /// <summary>The user's id; null when anonymous.</summary>
    Guid? UserId { get; }

    /// <summary>The user's e-mail; null when anonymous.</summary>
    string? Email { get; }

    /// <summary>The user's organization (tenant); null when anonymous.</summary>
    Guid? OrganizationId { get; }

    /// <summary>The API key the request came with, if any.</summary>
    Guid? ApiKeyId { get; }

    /// <summary>Whether the caller runs the platform and may see every organization.</summary>
    bool IsPlatformAdmin { get; }

    /// <summary>
    /// The background work acting, when the system acts rather than a person or a key (a scheduled job);
    /// null for requests.
    /// </summary>
    string? SystemName { get; }

    /// <summary>The caller's roles inside their organization.</summary>
    IReadOnlyCollection<string> Roles { get; }
}
