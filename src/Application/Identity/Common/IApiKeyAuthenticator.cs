namespace CleanPlatform.Application.Identity.Common;

/// <summary>Resolves a presented API key to the account it acts as.</summary>
public interface IApiKeyAuthenticator
{
    /// <summary>The key's account, or null when the key is unknown, revoked or its user is locked out.</summary>
    Task<ApiKeyCaller?> AuthenticateAsync(string presentedKey, CancellationToken ct);
}

/// <summary>An authenticated API key: which key, what it may do, whom it acts as, on which plan.</summary>
public sealed record ApiKeyCaller(Guid KeyId, ApiKeyScopes Scopes, UserAccount Account, string PlanCode);
