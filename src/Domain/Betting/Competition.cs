namespace CleanPlatform.Domain.Betting;

/// <summary>A league or cup of one sport, by a stable key such as football-data's <c>E0</c>.</summary>
public sealed class Competition : Entity, IAggregateRoot, ITenantOwned
{
    public const int KeyMaxLength = 64;
    public const int NameMaxLength = 128;

    private Competition() { }

    /// <inheritdoc />
    public Guid OrganizationId { get; private set; }

    public Guid SportId { get; private set; }

    /// <summary>The stable key sources use (<c>E0</c>, <c>soccer_epl</c>), unique in the organization.</summary>
    public string Key { get; private set; } = "";

    public string Name { get; private set; } = "";

    public static Competition Add(Guid organizationId, Guid sportId, string key, string name, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        OrganizationId = organizationId,
        SportId = sportId,
        Key = CatalogText.Key(key, KeyMaxLength, "competition"),
        Name = CatalogText.Name(name, NameMaxLength, "competition"),
        CreatedAt = now,
    };
}
