using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Common;
using CleanPlatform.Infrastructure.IntegrationTests.Persistence;

namespace CleanPlatform.Infrastructure.IntegrationTests.Betting;

/// <summary>The Betting model on each provider: what is stored comes back, snapshots keep their natural key, tenants stay apart.</summary>
public sealed class BettingModelTests
{
    private static readonly DateTimeOffset KickOff = OpeningMatch.KickOff;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Save_EventWithSnapshots_ReadsBackScoresLinesAndPricesExactly(string provider)
    {
        await using var database = await TestDatabase.MigratedAsync(provider, Ct);
        var (organizationId, eventId, bookmakerId) = await OpeningMatch.SeedAsync(database, completed: true, Ct);
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
        var (organizationId, eventId, bookmakerId) = await OpeningMatch.SeedAsync(database, completed: true, Ct);
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
        var (organizationId, eventId, bookmakerId) = await OpeningMatch.SeedAsync(database, completed: true, Ct);
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
}
