namespace CleanPlatform.Domain.Betting;

/// <summary>
/// One season of a competition, named as football-data names them (<c>2023-24</c>): a season starting in July
/// or later belongs to that year and the next.
/// </summary>
public sealed class Season : Entity, IAggregateRoot, ITenantOwned
{
    public const int NameMaxLength = 16;

    private Season() { }

    /// <inheritdoc />
    public Guid OrganizationId { get; private set; }

    public Guid CompetitionId { get; private set; }

    /// <summary>The season's name, unique in its competition (<c>2023-24</c>).</summary>
    public string Name { get; private set; } = "";

    public static Season Add(Guid organizationId, Guid competitionId, string name, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        OrganizationId = organizationId,
        CompetitionId = competitionId,
        Name = CatalogText.Name(name, NameMaxLength, "season"),
        CreatedAt = now,
    };

    /// <summary>The name of the season a match played on <paramref name="date"/> belongs to (July starts a season).</summary>
    public static string NameFor(DateOnly date)
    {
        var first = date.Month >= 7 ? date.Year : date.Year - 1;
        return $"{first}-{(first + 1) % 100:00}";
    }
}
