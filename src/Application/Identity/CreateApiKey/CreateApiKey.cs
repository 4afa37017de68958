using CleanPlatform.Application.Identity.ListApiKeys;

namespace CleanPlatform.Application.Identity.CreateApiKey;

/// <summary>
/// Issues an API key acting as the caller, optionally expiring at <paramref name="ExpiresAt"/>; the
/// secret is in this response only. Only a signed-in person can do this, never another key.
/// </summary>
[Authorize(Interactive = true), Audited("ApiKey")]
public sealed record CreateApiKey(string Name, IReadOnlyList<ApiKeyScopes> Scopes, DateTimeOffset? ExpiresAt = null)
    : ICommand<CreatedApiKeyDto>;

[ContainsSecret]
public sealed record CreatedApiKeyDto(ApiKeyDto ApiKey, string Secret) : IHasId
{
    Guid IHasId.Id => ApiKey.Id;
}

public sealed class CreateApiKeyHandler(IIdentityDb db, ICurrentUser user, ISecrets secrets, TimeProvider time)
    : ICommandHandler<CreateApiKey, CreatedApiKeyDto>
{
    public async ValueTask<CreatedApiKeyDto> Handle(CreateApiKey command, CancellationToken cancellationToken)
    {
        var (prefix, key) = secrets.NewApiKey();
        var scopes = command.Scopes.Aggregate(ApiKeyScopes.None, (all, s) => all | s);
        var apiKey = ApiKey.Issue(user.RequireOrganizationId(), user.RequireUserId(), command.Name, prefix,
            secrets.Hash(key), scopes, time.GetUtcNow(), command.ExpiresAt);
        db.ApiKeys.Add(apiKey);
        await db.SaveChangesAsync(cancellationToken);
        IdentityMetrics.ApiKeysCreated.Add(1);
        return new CreatedApiKeyDto(ApiKeyDto.From(apiKey, user.Email ?? ""), key);
    }
}
