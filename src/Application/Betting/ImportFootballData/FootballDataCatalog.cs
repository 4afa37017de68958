using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>
/// The organization's catalogue (<see cref="BettingCatalog"/>) under football-data's names: every division is a
/// competition of soccer, named by <see cref="FootballDataDivisions"/>; bookmakers by <see cref="FootballDataBookmakerNames"/>.
/// </summary>
internal sealed class FootballDataCatalog(IBettingDb db, Guid organizationId, DateTimeOffset now)
{
    public const string SportKey = "soccer";

    private readonly BettingCatalog _catalog = new(db, organizationId, now);

    public Task<Competition> CompetitionAsync(string division, CancellationToken ct) =>
        _catalog.CompetitionAsync(division, FootballDataDivisions.NameOf(division), SportKey, "Soccer", ct);

    public Task<Season> SeasonAsync(Competition competition, string name, CancellationToken ct) =>
        _catalog.SeasonAsync(competition, name, ct);

    public Task<Bookmaker> BookmakerAsync(string key, CancellationToken ct) =>
        _catalog.BookmakerAsync(key, FootballDataBookmakerNames.NameOf(key), FootballDataBookmakerNames.IsAggregate(key), ct);
}
