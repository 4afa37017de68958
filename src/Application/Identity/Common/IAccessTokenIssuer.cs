namespace CleanPlatform.Application.Identity.Common;

/// <summary>Signs short-lived access tokens and sizes refresh tokens' lives.</summary>
public interface IAccessTokenIssuer
{
    /// <summary>A signed access token for the account, carrying its roles, organization and plan.</summary>
    (string Token, DateTimeOffset ExpiresAt) Issue(UserAccount account, string planCode, DateTimeOffset now);

    /// <summary>How long a refresh token lives.</summary>
    TimeSpan RefreshTokenLifetime { get; }
}
