using CleanPlatform.Application.Betting.Common;

namespace CleanPlatform.Application.Betting.Catalog.ListSports;

/// <summary>
/// The organization's sports, each with its competitions and how many events each holds, by name: what the filters
/// by sport and competition offer, the first <see cref="MaxSports"/> sports and <see cref="MaxCompetitions"/>
/// competitions of each by name (far more than The Odds API's list). Every member may read them, Viewers included.
/// </summary>
[Authorize]
public sealed record ListSports : IQuery<SportListDto>
{
    /// <summary>The most sports listed.</summary>
    public const int MaxSports = 500;

    /// <summary>The most competitions listed for one sport.</summary>
    public const int MaxCompetitions = 1000;
}

public sealed class ListSportsHandler(IBettingDb db) : IQueryHandler<ListSports, SportListDto>
{
    public async ValueTask<SportListDto> Handle(ListSports query, CancellationToken cancellationToken)
    {
        var sports = await db.Sports.AsNoTracking().Select(s => new { s.Id, s.Key, s.Name }).ToListAsync(cancellationToken);
        var competitions = await db.Competitions.AsNoTracking()
            .Select(c => new
            {
                c.Id,
                c.SportId,
                c.Key,
                c.Name,
                Events = db.SportEvents.Count(e => e.CompetitionId == c.Id),
            })
            .ToListAsync(cancellationToken);
        return new SportListDto([.. sports
            .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Key, StringComparer.Ordinal)
            .Take(ListSports.MaxSports)
            .Select(s => new SportDto(s.Id, s.Key, s.Name, [.. competitions
                .Where(c => c.SportId == s.Id)
                .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Take(ListSports.MaxCompetitions)
                .Select(c => new CompetitionDto(c.Id, c.Key, c.Name, c.Events))]))]);
    }
}
