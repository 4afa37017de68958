namespace CleanPlatform.Application.Identity.ListApiKeys;

public sealed record ApiKeyDto(Guid Id, string Name, string Prefix, IReadOnlyList<ApiKeyScopes> Scopes,
    Guid OwnerId, string OwnerEmail, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt) : IHasId
{
    public static ApiKeyDto From(ApiKey key, string ownerEmail) =>
        new(key.Id, key.Name, key.Prefix, Split(key.Scopes), key.UserId, ownerEmail, key.CreatedAt, key.ExpiresAt,
            key.LastUsedAt, key.RevokedAt);

    public static IReadOnlyList<ApiKeyScopes> Split(ApiKeyScopes scopes) =>
        [.. Enum.GetValues<ApiKeyScopes>().Where(s => s != ApiKeyScopes.None && scopes.HasFlag(s))];
}
