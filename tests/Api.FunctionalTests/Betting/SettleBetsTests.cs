using System.Text.Json;
using CleanPlatform.Application.Betting.Bets.Common;
using CleanPlatform.Application.Betting.Bets.SettleBets;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Betting.Events;
using CleanPlatform.Infrastructure.Outbox;
using static CleanPlatform.Api.FunctionalTests.Betting.BetRequests;

namespace CleanPlatform.Api.FunctionalTests.Betting;

public abstract class SettleBetsTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    private const string RunUrl = "/api/v1/betting/settlement-runs";

    [Fact]
    public async Task SettleBets_CompletedEvents_SettlesEachBetOnTheFinalScoreRoundedDown()
    {
        var member = await Api.RegisterAsync(Ct);
        var bets = await Api.PlaceSeasonBetsAsync(member, Ct);

        var run = await member.Client.RunAsync<SettlementRunDto>(RunUrl, Ct);

        run.Should().Be(new SettlementRunDto(Settled: 5, Voided: 0, Skipped: 0));
        (await SettledAsync(member, bets)).Should().Equal(
            (BetStatus.Won, 4.16m, 0.83m, 2, 1),
            (BetStatus.Lost, 0m, -10m, 1, 1),
            (BetStatus.HalfWon, 10.25m, 3.25m, 4, 1),
            (BetStatus.Push, 10m, 0m, 0, 1),
            (BetStatus.Won, 19.50m, 9.50m, 0, 1));
    }

    [Fact]
    public async Task SettleBets_SecondRun_ChangesNothing()
    {
        var (second, afterFirst, afterSecond) = await Api.RunTwiceOnSeasonBetsAsync<SettlementRunDto>(RunUrl, Ct);

        second.Should().Be(new SettlementRunDto(0, 0, 0));
        afterSecond.Should().BeEquivalentTo(afterFirst, ToTheMicrosecond);
    }

    [Fact]
    public async Task SettleBets_SettledBets_RecordOneBetSettledEventEach()
    {
        var member = await Api.RegisterAsync(Ct);
        var bets = await Api.PlaceSeasonBetsAsync(member, Ct);
        var organizationId = await Api.OrganizationIdOfAsync(member.Email, Ct);

        await member.Client.PostAsync(RunUrl, null, Ct);
        await member.Client.PostAsync(RunUrl, null, Ct);
        await Api.DispatchOutboxAsync(Ct);

        var messages = await Api.InDatabaseAsync(db => db.OutboxMessages
            .Where(m => m.Type == OutboxCatalog.NameOf(typeof(BetSettled)) && m.OrganizationId == organizationId)
            .Select(m => new { m.Payload, m.ProcessedAt, m.LastError }).ToListAsync(Ct));
        messages.Should().OnlyContain(m => m.ProcessedAt != null && m.LastError == null, "each event was delivered");
        var settled = messages.Select(m => JsonSerializer.Deserialize<BetSettled>(m.Payload, JsonSerializerOptions.Web)!).ToList();
        settled.Select(e => e.BetId).Should().BeEquivalentTo(bets.All.Select(b => b.Id));
        settled.Single(e => e.BetId == bets.QuarterLine.Id).Should().BeEquivalentTo(new
        {
            OrganizationId = organizationId,
            Status = BetStatus.HalfWon,
            Payout = 10.25m,
            Profit = 3.25m,
            Currency = "EUR",
        });
    }

    [Fact]
    public async Task SettleBets_CancelledAndLongPostponedEvents_VoidTheirBets()
    {
        var member = await Api.RegisterAsync(Ct);
        var events = await Api.SeedEventsAsync(member, Ct, count: 3);
        var bets = new List<BetDto>();
        foreach (var eventId in events.EventIds)
            bets.Add(await member.Client.PlaceBetAsync(Body(eventId), Ct));
        var kickOff = Api.Time.GetUtcNow() - SettleBets.VoidAfter;
        await Api.InDatabaseAsync(db => db.SportEvents.Where(e => events.EventIds.Contains(e.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.KickOffUtc, kickOff)
                .SetProperty(e => e.Status, e => e.Id == events.EventIds[0] ? EventStatus.Cancelled
                    : e.Id == events.EventIds[1] ? EventStatus.Postponed : EventStatus.Scheduled), Ct));

        var run = await member.Client.RunAsync<SettlementRunDto>(RunUrl, Ct);

        run.Should().Be(new SettlementRunDto(Settled: 0, Voided: 2, Skipped: 0));
        (await member.Client.ReadBetsAsync(bets, Ct)).Select(b => (b.Status, b.Payout, b.Profit)).Should().Equal(
            (BetStatus.Void, 10m, 0m), (BetStatus.Void, 10m, 0m), (BetStatus.Pending, null, null));
    }

    [Fact]
    public async Task SettleBets_AsViewer_Returns403()
    {
        var (admin, viewer) = await Api.RegisterWithMemberAsync(Roles.Viewer, Ct);
        var bets = await Api.PlaceSeasonBetsAsync(admin, Ct);

        var response = await viewer.Client.PostAsync(RunUrl, null, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await admin.Client.ReadBetsAsync(bets.All, Ct)).Should().OnlyContain(b => b.Status == BetStatus.Pending);
    }

    [Fact]
    public async Task SettleBets_AnotherOrganizationsRun_LeavesTheseBetsPending()
    {
        var owner = await Api.RegisterAsync(Ct);
        var stranger = await Api.RegisterAsync(Ct);
        var bets = await Api.PlaceSeasonBetsAsync(owner, Ct);

        var run = await stranger.Client.RunAsync<SettlementRunDto>(RunUrl, Ct);

        run.Should().Be(new SettlementRunDto(0, 0, 0));
        (await owner.Client.ReadBetsAsync(bets.All, Ct)).Select(b => (b.Status, b.Version)).Should()
            .Equal(bets.All.Select(b => (BetStatus.Pending, b.Version)));
    }

    private static async Task<List<(BetStatus, decimal?, decimal?, int?, int?)>> SettledAsync(Caller caller, PlacedSeasonBets bets) =>
        [.. (await caller.Client.ReadBetsAsync(bets.All, Ct)).Select(b => (b.Status, b.Payout, b.Profit, b.SettledHomeGoals, b.SettledAwayGoals))];
}

[Collection(PostgresApi.Name)]
public sealed class SettleBetsPostgresTests(PostgresApiFactory api) : SettleBetsTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class SettleBetsSqliteTests(SqliteApiFactory api) : SettleBetsTests<SqliteApiFactory>(api);
