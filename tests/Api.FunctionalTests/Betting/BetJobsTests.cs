using CleanPlatform.Api.FunctionalTests.Platform;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Common;
using static CleanPlatform.Api.FunctionalTests.Betting.BetRequests;
using AuditBody = CleanPlatform.Api.FunctionalTests.Platform.BackgroundWorkTests<CleanPlatform.Api.FunctionalTests.Infrastructure.PostgresApiFactory>.SystemAuditBody;

namespace CleanPlatform.Api.FunctionalTests.Betting;

/// <summary>The scheduled settlement and closing-line runs: one organization at a time, as the system caller.</summary>
[Collection(PostgresApi.Name)]
public sealed class BetJobsTests(PostgresApiFactory api) : ApiTest<PostgresApiFactory>(api)
{
    [Theory]
    [InlineData("SettleBets")]
    [InlineData("RecordClosingLines")]
    public async Task BetJob_TwoOrganizations_RunsInEachAsTheSystemCaller(string job)
    {
        var owners = new[] { await Api.RegisterAsync(Ct), await Api.RegisterAsync(Ct) };
        var bets = new List<Guid>();
        foreach (var owner in owners)
            bets.Add(await PlaceOnFinishedEventAsync(owner));

        await Api.RunJobAsync(job, () => Api.InDatabaseAsync(db => db.Bets.AnyAsync(b => bets.Contains(b.Id)
            && (job == "SettleBets" ? b.Status == BetStatus.Pending : b.ClosingOdds == null), Ct)), Ct);

        foreach (var owner in owners)
        {
            var trail = await (await owner.Client.GetAsync($"/api/v1/platform/audit-entries?action={job}", Ct))
                .ShouldBeAsync<PagedList<AuditBody>>(HttpStatusCode.OK);
            trail.Items.Should().ContainSingle().Which.Should().BeEquivalentTo(new
            {
                SystemName = job,
                UserEmail = (string?)null,
                OrganizationId = await Api.OrganizationIdOfAsync(owner.Email, Ct),
                Outcome = "Succeeded",
            });
        }
    }

    /// <summary>A bet on an event that ended 2-0 an hour ago, with Pinnacle's close stored.</summary>
    private async Task<Guid> PlaceOnFinishedEventAsync(Caller owner)
    {
        var eventId = (await Api.SeedEventsAsync(owner, Ct)).First;
        var bet = await owner.Client.PlaceBetAsync(Body(eventId), Ct);
        var kickOff = Api.Time.GetUtcNow().AddHours(-1);
        var organizationId = await Api.OrganizationIdOfAsync(owner.Email, Ct);
        await Api.InDatabaseAsync(async db =>
        {
            await db.SportEvents.Where(e => e.Id == eventId).ExecuteUpdateAsync(s => s.SetProperty(e => e.KickOffUtc, kickOff)
                .SetProperty(e => e.Status, EventStatus.Completed).SetProperty(e => e.HomeGoals, 2).SetProperty(e => e.AwayGoals, 0), Ct);
            foreach (var (selection, price) in new[] { (Selection.Home, 2.00m), (Selection.Draw, 3.50m), (Selection.Away, 4.00m) })
                db.OddsSnapshots.Add(OddsSnapshot.Capture(organizationId, eventId, bet.BookmakerId, MarketKind.MatchResult, 0m, selection, new Odds(price), kickOff, SnapshotKind.Closing));
            return await db.SaveChangesAsync(Ct);
        });
        return bet.Id;
    }
}
