using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Common;
using CleanPlatform.Domain.Identity;
using CleanPlatform.Infrastructure.IntegrationTests.Persistence;

namespace CleanPlatform.Infrastructure.IntegrationTests.Betting;

/// <summary>The Betting model on each provider: what is stored comes back, snapshots keep their natural key, tenants stay apart.</summary>
public sealed class BettingModelTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset KickOff = new(2023, 8, 11, 19, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Save_EventWithSnapshots_ReadsBackScoresLinesAndPricesExactly(string provider)
    {
        await using var database = await TestDatabase.MigratedAsync(provider, Ct);
        var (organizationId, eventId, bookmakerId) = await SeedAsync(database);
        await using (var context = database.NewContext())
        {
            context.OddsSnapshots.AddRange(
                OddsSnapshot.Capture(organizationId, eventId, bookmakerId, MarketKind.AsianHandicap, -1.25m, Selection.Home,
                    new Odds(1.925m), KickOff, SnapshotKind.Closing),
                OddsSnapshot.Capture(organizationId, eventId, bookmakerId, MarketKind.MatchResult, 0m, Selection.Draw,
                    new Odds(3.444444m), KickOff, SnapshotKind.PreClosing));
            await context.SaveChangesAsync(Ct);
        }

        await using var check = database.NewContext();
        var stored = await check.SportEvents.AsNoTracking().SingleAsync(e => e.Id == eventId, Ct);
        var prices = await check.OddsSnapshots.AsNoTracking().Where(s => s.EventId == eventId)
            .OrderBy(s => s.Line).ToListAsync(Ct);

        stored.Should().BeEquivalentTo(new
        {
            Status = EventStatus.Completed,
            FinalScore = (Score?)new Score(0, 3),
            HalfTimeScore = (Score?)new Score(0, 2),
            KickOffUtc = KickOff,
            KickOffLocal = new DateTime(2023, 8, 11, 20, 0, 0),
            SourceTimeZone = "Europe/London",
        }, o => o.ExcludingMissingMembers());
        prices.Select(p => (p.Line, p.Price.Value, p.Kind)).Should().Equal(
            (-1.25m, 1.925m, SnapshotKind.Closing), (0m, 3.444444m, SnapshotKind.PreClosing));
        prices.Should().OnlyContain(p => p.Id > 0 && p.CapturedAt == KickOff);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Save_SameSnapshotTwice_TheNaturalKeyRefusesTheSecond(string provider)
    {
        await using var database = await TestDatabase.MigratedAsync(provider, Ct);
        var (organizationId, eventId, bookmakerId) = await SeedAsync(database);
        OddsSnapshot Price() => OddsSnapshot.Capture(organizationId, eventId, bookmakerId, MarketKind.Totals, 2.5m,
            Selection.Over, new Odds(1.9m), KickOff, SnapshotKind.Closing);
        await using (var first = database.NewContext())
        {
            first.OddsSnapshots.Add(Price());
            await first.SaveChangesAsync(Ct);
        }

        await using var second = database.NewContext();
        second.OddsSnapshots.Add(Price());
        var save = () => second.SaveChangesAsync(Ct);

        await save.Should().ThrowAsync<DbUpdateException>();
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Query_AsAnotherOrganization_SeesNoneOfTheEventsOrPrices(string provider)
    {
        await using var database = await TestDatabase.MigratedAsync(provider, Ct);
        var (organizationId, eventId, bookmakerId) = await SeedAsync(database);
        await using (var context = database.NewContext())
        {
            context.OddsSnapshots.Add(OddsSnapshot.Capture(organizationId, eventId, bookmakerId, MarketKind.MatchResult, 0m,
                Selection.Home, new Odds(2.1m), KickOff, SnapshotKind.Closing));
            await context.SaveChangesAsync(Ct);
        }

        await using var stranger = database.NewContext();
        stranger.Caller = CleanPlatform.Infrastructure.Callers.SystemCaller.ForOrganization("tests", Guid.NewGuid());

        (await stranger.SportEvents.CountAsync(Ct)).Should().Be(0);
        (await stranger.OddsSnapshots.CountAsync(Ct)).Should().Be(0);
        (await stranger.Bookmakers.CountAsync(Ct)).Should().Be(0);
    }

    /// <summary>An organization with the Premier League's 2023-24 opener, completed, and one bookmaker.</summary>
    private static async Task<(Guid Organization, Guid Event, Guid Bookmaker)> SeedAsync(TestDatabase database)
    {
        await using var context = database.NewContext();
        context.Plans.Add(Plan.Define(Plan.Free, 60, 10_000));
        var organization = Organization.Open("Syndicate", Plan.Free, Now);
        var sport = Sport.Add(organization.Id, "soccer", "Football", Now);
        var competition = Competition.Add(organization.Id, sport.Id, "E0", "Premier League", Now);
        var season = Season.Add(organization.Id, competition.Id, Season.NameFor(DateOnly.FromDateTime(KickOff.UtcDateTime)), Now);
        var match = SportEvent.Schedule(organization.Id, competition.Id, season.Id, "Burnley", "Man City", KickOff,
            new DateTime(2023, 8, 11, 20, 0, 0), "Europe/London", Now);
        match.Complete(new Score(0, 3), new Score(0, 2));
        var bookmaker = Bookmaker.Add(organization.Id, "pinnacle", "Pinnacle", isAggregate: false, Now);
        context.AddRange(organization, sport, competition, season, match, bookmaker);
        await context.SaveChangesAsync(Ct);
        return (organization.Id, match.Id, bookmaker.Id);
    }
}
