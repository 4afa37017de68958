namespace CleanPlatform.Domain.Betting;

/// <summary>
/// A bookmaker whose prices an organization collects, by a stable key (<c>pinnacle</c>, <c>b365</c>). The
/// aggregates of several books that sources publish (best and average price) are bookmakers too, marked as such.
/// </summary>
public sealed class Bookmaker : Entity, IAggregateRoot, ITenantOwned
{
    public const int KeyMaxLength = 64;
    public const int NameMaxLength = 128;

    private Bookmaker() { }

    /// <inheritdoc />
    public Guid OrganizationId { get; private set; }

    public string Key { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>Whether the prices are an aggregate of several books (football-data's Max and Avg), not one book's.</summary>
    public bool IsAggregate { get; private set; }

    public static Bookmaker Add(Guid organizationId, string key, string name, bool isAggregate, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        OrganizationId = organizationId,
        Key = CatalogText.Key(key, KeyMaxLength, "bookmaker"),
        Name = CatalogText.Name(name, NameMaxLength, "bookmaker"),
        IsAggregate = isAggregate,
        CreatedAt = now,
    };
}
