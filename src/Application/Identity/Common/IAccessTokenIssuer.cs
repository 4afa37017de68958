namespace CleanPlatform.Application.Identity.Common;

/// <summary>Signs short-lived access tokens and sizes refresh tokens' lives.</summary>
public interface IAccessTokenIssuer
{
    /// <summary>A signed access token for the account, carrying its roles, organization and plan.</summary>
    (string Token, DateTimeOffset ExpiresAt) Issue(UserAccount account, string planCode, DateTimeOffset now);

    /// <summary>How long a refresh token lives.</summary>
    TimeSpan RefreshTokenLifetime { get; }

    /// <summary>How long a session (a refresh-token family) lives at most, from login, however often it refreshes.</summary>
    TimeSpan SessionLifetime { get; }

    /// <summary>How long after a rotation the consumed token still gets the same successor instead of revoking the family.</summary>
    TimeSpan RefreshReuseGrace { get; }
}
