using CleanPlatform.Application.Betting.Alerts.CheckAlerts;
using CleanPlatform.Application.Platform.ListNotifications;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Betting.Events;
using CleanPlatform.Domain.Common;
using CleanPlatform.Infrastructure.Callers;
using Microsoft.AspNetCore.SignalR.Client;
using static CleanPlatform.Api.FunctionalTests.Betting.Alerts.AlertRequests;
using static CleanPlatform.Api.FunctionalTests.Betting.BetRequests;

namespace CleanPlatform.Api.FunctionalTests.Betting.Alerts;

/// <summary>Alerts the job raises (kick-off reminders, settlement digests) and the live channel.</summary>
public abstract class AlertJobsTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task CheckAlertsJob_PendingBetKickingOffSoon_RemindsOnce()
    {
        var member = await Api.RegisterAsync(Ct);
        var userId = await Api.UserIdOfAsync(member.Email, Ct);
        var eventId = (await Api.SeedEventsAsync(member, Ct)).First;
        await member.Client.PlaceBetAsync(Body(eventId), Ct);
        var kickOff = Api.Time.GetUtcNow().AddMinutes(20);
        await Api.InDatabaseAsync(db => db.SportEvents.Where(e => e.Id == eventId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.KickOffUtc, kickOff), Ct));

        await Api.RunJobAsync("CheckAlerts", () => Api.InDatabaseAsync(db =>
            db.Alerts.AllAsync(a => a.UserId != userId || a.Kind != AlertKind.KickOff, Ct)), Ct);
        var second = await CheckInOrganizationAsync(member);
        await Api.DispatchOutboxAsync(Ct);

        second.KickOffs.Should().Be(0, "a bet is reminded of once");
        (await NotificationsAsync(member)).Should().ContainSingle().Which.Message.Should().Contain("kicks off in 20 min");
    }

    [Fact]
    public async Task SettledBets_OneRun_AlertOnceAfterTheDebounce()
    {
        var member = await Api.RegisterAsync(Ct);
        var (organizationId, userId) = (await Api.OrganizationIdOfAsync(member.Email, Ct), await Api.UserIdOfAsync(member.Email, Ct));
        var now = Api.Time.GetUtcNow();
        foreach (var (status, profit) in new[] { (BetStatus.Won, 11m), (BetStatus.Won, 5m), (BetStatus.Lost, -10m) })
            await Api.RaiseAsync(new BetSettled(Guid.CreateVersion7(), organizationId, userId, status, profit + 10m, profit, "EUR", now));

        await Api.DispatchOutboxAsync(Ct);
        var early = await CheckInOrganizationAsync(member);
        Api.Time.Advance(TimeSpan.FromMinutes(1));
        var due = await CheckInOrganizationAsync(member);
        await Api.DispatchOutboxAsync(Ct);

        early.Digests.Should().Be(0);
        due.Digests.Should().Be(1);
        (await NotificationsAsync(member)).Should().ContainSingle()
            .Which.Message.Should().Be("3 bets settled: 2 won, 1 lost. Net +6.00 EUR.");
    }

    [Fact]
    public async Task CheckAlerts_PriceOfAPendingBetMovedPastTheThreshold_AlertsOncePerCrossing()
    {
        var member = await Api.RegisterAsync(Ct);
        var organizationId = await Api.OrganizationIdOfAsync(member.Email, Ct);
        var eventId = (await Api.SeedEventsAsync(member, Ct)).First;
        var bet = await member.Client.PlaceBetAsync(Body(eventId), Ct);
        var now = Api.Time.GetUtcNow();
        await Api.InDatabaseAsync(db =>
        {
            foreach (var (price, at, selection) in new[] { (2.00m, -60, Selection.Home), (2.30m, -5, Selection.Home),
                         (3.40m, -60, Selection.Draw), (3.50m, -5, Selection.Draw) })
                db.OddsSnapshots.Add(OddsSnapshot.Capture(organizationId, eventId, bet.BookmakerId, MarketKind.MatchResult, 0m,
                    selection, new Odds(price), now.AddMinutes(at), SnapshotKind.Intermediate));
            return db.SaveChangesAsync(Ct);
        });

        var first = await CheckInOrganizationAsync(member);
        var second = await CheckInOrganizationAsync(member);
        await Api.DispatchOutboxAsync(Ct);

        first.LineMoves.Should().Be(1, "home moved 15 %, the draw under 3 %");
        second.LineMoves.Should().Be(0);
        (await NotificationsAsync(member)).Should().ContainSingle()
            .Which.Message.Should().Be("MatchResult Home moved +15.0 % (2.00 → 2.30).");
    }

    [Fact]
    public async Task LiveClient_ConnectedWithItsToken_ReceivesTheAlert()
    {
        var member = await Api.RegisterAsync(Ct);
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var connection = await LiveAlertsClient.ConnectAsync(Api, member.Tokens.AccessToken, received, Ct);

        var response = await member.Client.PostAsync($"{AlertRequests.Url}/test", null, Ct);
        await Api.DispatchOutboxAsync(Ct);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        (await received.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct)).Should().Contain("test alert");
    }

    [Fact]
    public async Task LiveHub_WithoutToken_IsRefused()
    {
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(Api.Server.BaseAddress, "/hubs/alerts"), o => o.HttpMessageHandlerFactory = _ => Api.Server.CreateHandler())
            .Build();

        var start = () => connection.StartAsync(Ct);

        (await start.Should().ThrowAsync<HttpRequestException>()).Which.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private async Task<AlertCheckDto> CheckInOrganizationAsync(Caller member)
    {
        var organizationId = await Api.OrganizationIdOfAsync(member.Email, Ct);
        AlertCheckDto? check = null;
        await Api.Services.GetRequiredService<SystemWork>().ForEachOrganizationAsync(ApiFactory.TestsCaller, [organizationId],
            async (services, ct) => check = await services.GetRequiredService<Mediator.ISender>().Send(new CheckAlerts(), ct), Ct);
        return check!;
    }

    private static async Task<IReadOnlyList<NotificationDto>> NotificationsAsync(Caller member) =>
        (await (await member.Client.GetAsync("/api/v1/platform/notifications", Ct))
            .ShouldBeAsync<PagedList<NotificationDto>>(HttpStatusCode.OK)).Items;
}

[Collection(PostgresApi.Name)]
public sealed class AlertJobsPostgresTests(PostgresApiFactory api) : AlertJobsTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class AlertJobsSqliteTests(SqliteApiFactory api) : AlertJobsTests<SqliteApiFactory>(api);
