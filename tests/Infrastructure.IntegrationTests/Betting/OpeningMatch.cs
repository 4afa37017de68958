using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Identity;
using CleanPlatform.Infrastructure.IntegrationTests.Persistence;

namespace CleanPlatform.Infrastructure.IntegrationTests.Betting;

/// <summary>
/// An organization with the Premier League's 2023-24 opener (Burnley – Man City, kick-off 11 August 2023 20:00 in
/// London) and one bookmaker, Pinnacle: what the Betting persistence tests store their rows against.
/// </summary>
internal static class OpeningMatch
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset KickOff = new(2023, 8, 11, 19, 0, 0, TimeSpan.Zero);

    /// <summary>Stores the organization, the match (completed 0–3, 0–2 at half time, when <paramref name="completed"/>) and the bookmaker.</summary>
    public static async Task<(Guid Organization, Guid Event, Guid Bookmaker)> SeedAsync(TestDatabase database, bool completed,
        CancellationToken ct)
    {
        await using var context = database.NewContext();
        context.Plans.Add(Plan.Define(Plan.Free, 60, 10_000));
        var organization = Organization.Open("Syndicate", Plan.Free, Now);
        var sport = Sport.Add(organization.Id, "soccer", "Football", Now);
        var competition = Competition.Add(organization.Id, sport.Id, "E0", "Premier League", Now);
        var season = Season.Add(organization.Id, competition.Id, Season.NameFor(DateOnly.FromDateTime(KickOff.UtcDateTime)), Now);
        var match = SportEvent.Schedule(organization.Id, competition.Id, season.Id, "Burnley", "Man City", KickOff,
            new DateTime(2023, 8, 11, 20, 0, 0), "Europe/London", Now);
        if (completed)
            match.Complete(new Score(0, 3), new Score(0, 2));
        var bookmaker = Bookmaker.Add(organization.Id, "pinnacle", "Pinnacle", isAggregate: false, Now);
        context.AddRange(organization, sport, competition, season, match, bookmaker);
        await context.SaveChangesAsync(ct);
        return (organization.Id, match.Id, bookmaker.Id);
    }
}
