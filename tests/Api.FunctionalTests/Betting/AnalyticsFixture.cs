using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Common;

namespace CleanPlatform.Api.FunctionalTests.Betting;

/// <summary>
/// Eight EUR bets of one organization, settled at whole days before now, at Pinnacle and Bet365, by agents <c>alpha</c>,
/// <c>beta</c> and by hand. Over all time: 6 settled, staked 490, profit 100; pinnacle 250/0, b365 240/100; alpha 150/50,
/// beta 100/40, by hand 240/10. Over 7 days: 4 settled, staked 350, profit 90.
/// </summary>
internal static class AnalyticsFixture
{
    /// <summary>One bet: its book, agent, result, odds, stake, days before now it settled, and its closing odds and fair probability.</summary>
    internal sealed record Row(string Book, string? Agent, BetResult? Result, decimal Odds, decimal Stake, int SettledDaysAgo,
        decimal? Close = null, double? Fair = null)
    {
        public DateTimeOffset SettledAt(DateTimeOffset now) => now.AddDays(-SettledDaysAgo);

        public DateTimeOffset PlacedAt(DateTimeOffset now) => SettledAt(now).AddHours(-7 - SettledDaysAgo % 5);

        public decimal Profit => Result switch
        {
            BetResult.Won => Stake * (Odds - 1m),
            BetResult.HalfWon => Stake * (Odds - 1m) / 2m,
            BetResult.HalfLost => -Stake / 2m,
            BetResult.Lost => -Stake,
            _ => 0m,
        };

        public bool IsSettled => Result is not null and not BetResult.Void;
    }

    public static readonly IReadOnlyList<Row> Rows =
    [
        new("pinnacle", "alpha", BetResult.Won, 2.00m, 100m, 2, Close: 1.90m, Fair: 0.5),
        new("pinnacle", "alpha", BetResult.Lost, 3.00m, 50m, 0),
        new("b365", null, BetResult.Push, 1.90m, 100m, 3),
        new("b365", "beta", BetResult.HalfWon, 1.80m, 100m, 5),
        new("pinnacle", null, BetResult.HalfLost, 2.20m, 100m, 10, Close: 2.00m),
        new("b365", "beta", BetResult.Void, 2.50m, 20m, 4),
        new("pinnacle", "alpha", null, 2.10m, 30m, 1),
        new("b365", null, BetResult.Won, 2.50m, 40m, 60),
    ];

    /// <summary>Records <see cref="Rows"/> for <paramref name="owner"/>, placed and settled as each row says.</summary>
    public static Task SeedAnalyticsBetsAsync(this ApiFactory api, Caller owner, CancellationToken ct) =>
        api.SeedAnalyticsBetsAsync(owner, [.. Rows.Select(r => (r, "EUR"))], ct);

    /// <summary>Records <paramref name="rows"/> for <paramref name="owner"/>, each staked in its currency.</summary>
    public static async Task SeedAnalyticsBetsAsync(this ApiFactory api, Caller owner,
        IReadOnlyList<(Row Row, string Currency)> rows, CancellationToken ct)
    {
        var events = await api.SeedEventsAsync(owner, ct);
        var organizationId = await api.OrganizationIdOfAsync(owner.Email, ct);
        var userId = await api.UserIdOfAsync(owner.Email, ct);
        var now = api.Time.GetUtcNow();
        await api.InDatabaseAsync(async db =>
        {
            var sportEvent = await db.SportEvents.SingleAsync(e => e.Id == events.First, ct);
            var competition = await db.Competitions.SingleAsync(c => c.Id == events.CompetitionId, ct);
            var books = new[] { "pinnacle", "b365" }.ToDictionary(k => k, k => Bookmaker.Add(organizationId, k, k, false, now));
            db.AddRange(books.Values);
            foreach (var (row, currency) in rows)
            {
                var bet = Bet.Place(sportEvent, competition, books[row.Book], userId, new BetPick(MarketKind.MatchResult, Selection.Home, 0m),
                    new Odds(row.Odds), new Money(row.Stake, currency), row.PlacedAt(now), new BetOrigin(null, row.Agent, null, null), now);
                if (row.Close is { } close)
                    bet.RecordClose(new Odds(close), row.Fair, stale: false);
                if (row.Result is { } result)
                    bet.Settle(result == BetResult.Void ? Grade.Void : Grade.Of(result), null, row.SettledAt(now));
                db.Add(bet);
            }

            return await db.SaveChangesAsync(ct);
        });
    }
}
