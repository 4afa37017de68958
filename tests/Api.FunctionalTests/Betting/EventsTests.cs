using CleanPlatform.Application.Betting.Events.ListEvents;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Api.FunctionalTests.Betting;

public abstract class EventsTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    private const string Url = "/api/v1/betting/events";

    [Fact]
    public async Task ListEvents_ScheduledByTeam_ReturnsMatchesSoonestFirstInPages()
    {
        var member = await Api.RegisterAsync(Ct);
        var events = await Api.SeedEventsAsync(member, Ct, count: 3);

        var first = await PageAsync(member, "team=CHELSEA&status=Scheduled&pageSize=2");
        var second = await PageAsync(member, "team=chelsea&status=Scheduled&pageSize=2&page=2");

        first.Items.Select(e => e.Id).Should().Equal(events.EventIds[0], events.EventIds[1]);
        second.Items.Select(e => e.Id).Should().Equal(events.EventIds[2]);
        (first.TotalCount, first.Items[0].HomeTeam, first.Items[0].AwayTeam, first.Items[0].CompetitionKey)
            .Should().Be((3, "Arsenal", "Chelsea 1", "E0"));
    }

    [Fact]
    public async Task ListEvents_CompletedAndKickOffRange_KeepTheirEventsOnlyWithTheScore()
    {
        var member = await Api.RegisterAsync(Ct);
        var events = await Api.SeedEventsAsync(member, Ct, count: 3);
        await Api.InDatabaseAsync(async db =>
        {
            (await db.SportEvents.SingleAsync(e => e.Id == events.EventIds[1], Ct)).Complete(new Score(2, 1), null);
            return await db.SaveChangesAsync(Ct);
        });
        var now = Api.Time.GetUtcNow();

        var completed = await PageAsync(member, "status=Completed");
        var ranged = await PageAsync(member,
            $"kickOffFrom={Uri.EscapeDataString(now.AddDays(2).ToString("O"))}&kickOffTo={Uri.EscapeDataString(now.AddDays(4).ToString("O"))}");
        var none = await PageAsync(member, "team=liverpool");

        completed.Items.Select(e => (e.Id, e.Status, e.HomeGoals, e.AwayGoals))
            .Should().Equal((events.EventIds[1], EventStatus.Completed, 2, 1));
        ranged.Items.Select(e => e.Id).Should().Equal(events.EventIds[2], events.EventIds[1]);
        none.TotalCount.Should().Be(0);
    }

    [Fact]
    public async Task ListEvents_AsViewerAndAsStranger_ViewerSeesTheOrganizationStrangerNothing()
    {
        var (admin, viewer) = await Api.RegisterWithMemberAsync(Roles.Viewer, Ct);
        var stranger = await Api.RegisterAsync(Ct);
        var events = await Api.SeedEventsAsync(admin, Ct);

        (await PageAsync(viewer, "page=1")).Items.Select(e => e.Id).Should().Equal(events.First);
        (await PageAsync(stranger, "page=1")).TotalCount.Should().Be(0);
    }

    [Theory]
    [InlineData("status=Live", "status")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("kickOffFrom=2026-02-01T00:00:00Z&kickOffTo=2026-01-01T00:00:00Z", "kickOffTo")]
    public async Task ListEvents_BadFilter_Returns400NamingTheField(string query, string field)
    {
        var invalid = await Api.InvalidFieldsOfAsync($"{Url}?{query}", Ct);

        invalid.Should().Contain(field);
    }

    private static async Task<PagedList<EventDto>> PageAsync(Caller caller, string query) =>
        await (await caller.Client.GetAsync($"{Url}?{query}", Ct)).ShouldBeAsync<PagedList<EventDto>>(HttpStatusCode.OK);
}

[Collection(PostgresApi.Name)]
public sealed class EventsPostgresTests(PostgresApiFactory api) : EventsTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class EventsSqliteTests(SqliteApiFactory api) : EventsTests<SqliteApiFactory>(api);
