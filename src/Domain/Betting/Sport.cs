namespace CleanPlatform.Domain.Betting;

/// <summary>A sport an organization follows (football, tennis…), by a stable key such as <c>soccer</c>.</summary>
public sealed class Sport : Entity, IAggregateRoot, ITenantOwned
{
    public const int KeyMaxLength = 64;
    public const int NameMaxLength = 128;

    private Sport() { }

    /// <inheritdoc />
    public Guid OrganizationId { get; private set; }

    /// <summary>The stable key sources use (<c>soccer</c>), unique in the organization.</summary>
    public string Key { get; private set; } = "";

    public string Name { get; private set; } = "";

    public static Sport Add(Guid organizationId, string key, string name, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        OrganizationId = organizationId,
        Key = CatalogText.Key(key, KeyMaxLength, "sport"),
        Name = CatalogText.Name(name, NameMaxLength, "sport"),
        CreatedAt = now,
    };
}
