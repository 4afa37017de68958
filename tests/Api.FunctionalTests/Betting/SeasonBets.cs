using CleanPlatform.Application.Betting.Bets.Common;
using static CleanPlatform.Api.FunctionalTests.Betting.BetRequests;
using static CleanPlatform.Api.FunctionalTests.Betting.FootballDataUploads;

namespace CleanPlatform.Api.FunctionalTests.Betting;

/// <summary>
/// Bets recorded by hand on four matches of the 2023-24 Premier League file, one of each kind a settlement run grades:
/// Arsenal 2-1 Nott'm Forest, Bournemouth 1-1 West Ham, Brighton 4-1 Luton, Everton 0-1 Fulham.
/// </summary>
internal static class SeasonBets
{
    public static async Task<PlacedSeasonBets> PlaceSeasonBetsAsync(this ApiFactory api, Caller member, CancellationToken ct)
    {
        await member.Client.ImportAsync(Season2023, ct);
        var organizationId = await api.OrganizationIdOfAsync(member.Email, ct);
        async Task<BetDto> PlaceAsync(string home, string changes)
        {
            var eventId = await api.InDatabaseAsync(db => db.SportEvents
                .Where(e => e.OrganizationId == organizationId && e.HomeTeam == home && e.KickOffUtc < SeasonEnd)
                .Select(e => e.Id).SingleAsync(ct));
            return await member.Client.PlaceBetAsync(Body(eventId).With(changes), ct);
        }

        return new PlacedSeasonBets(
            await PlaceAsync("Arsenal", "odds=1.25;stake.amount=3.33"),
            await PlaceAsync("Bournemouth", "odds=2.80"),
            await PlaceAsync("Brighton", "market=\"AsianHandicap\";line=-2.75;odds=1.93;stake.amount=7"),
            await PlaceAsync("Everton", "market=\"Totals\";selection=\"Over\";line=1.0;odds=1.30"),
            await PlaceAsync("Everton", "market=\"AsianHandicap\";selection=\"Away\";line=0.25;odds=1.95"));
    }

    /// <summary>
    /// Places the season's bets as a new member and starts the run at <paramref name="runUrl"/> twice; returns the
    /// second run's outcome and the bets as the first run, then the second, left them.
    /// </summary>
    public static async Task<(T Second, List<BetDto> AfterFirst, List<BetDto> AfterSecond)> RunTwiceOnSeasonBetsAsync<T>(
        this ApiFactory api, string runUrl, CancellationToken ct)
    {
        var member = await api.RegisterAsync(ct);
        var bets = await api.PlaceSeasonBetsAsync(member, ct);
        await member.Client.PostAsync(runUrl, null, ct);
        var afterFirst = await member.Client.ReadBetsAsync(bets.All, ct);

        var second = await member.Client.RunAsync<T>(runUrl, ct);

        return (second, afterFirst, await member.Client.ReadBetsAsync(bets.All, ct));
    }

    // Each of the four teams was at home once by mid-August 2023, so the first home match is the one meant.
    private static readonly DateTimeOffset SeasonEnd = new(2023, 8, 13, 0, 0, 0, TimeSpan.Zero);
}

/// <summary>
/// A 1X2 win (3.33 at 1.25), a 1X2 loss, an Asian handicap quarter line that half wins (home −2.75 on a 3-goal win), a
/// totals push (over 1.0 on one goal) and an away handicap that wins (away +0.25, the file's closing line).
/// </summary>
internal sealed record PlacedSeasonBets(BetDto HomeWin, BetDto HomeLoss, BetDto QuarterLine, BetDto TotalsPush,
    BetDto AwayHandicap)
{
    public IReadOnlyList<BetDto> All => [HomeWin, HomeLoss, QuarterLine, TotalsPush, AwayHandicap];
}
