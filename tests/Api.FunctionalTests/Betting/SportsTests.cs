using CleanPlatform.Application.Betting.Catalog.ListSports;
using CleanPlatform.Domain.Identity;

namespace CleanPlatform.Api.FunctionalTests.Betting;

public abstract class SportsTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    private const string Url = "/api/v1/betting/sports";

    [Fact]
    public async Task ListSports_AfterAnImport_GivesTheSportWithItsCompetitionAndEventCount()
    {
        var (admin, viewer) = await Api.RegisterWithMemberAsync(Roles.Viewer, Ct);
        await admin.Client.ImportAsync(FootballDataUploads.Season2023, Ct);

        var sports = (await (await viewer.Client.GetAsync(Url, Ct)).ShouldBeAsync<SportListDto>(HttpStatusCode.OK)).Items;

        sports.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Key = "soccer",
            Competitions = new[] { new { Key = "E0", Name = "Premier League", Events = 380 } },
        });
    }

    [Fact]
    public async Task ListSports_Ids_AreThoseTheFiltersTake()
    {
        var owner = await Api.RegisterAsync(Ct);
        var seeded = await Api.SeedEventsAsync(owner, Ct, count: 2);

        var sports = (await (await owner.Client.GetAsync(Url, Ct)).ShouldBeAsync<SportListDto>(HttpStatusCode.OK)).Items;

        var sport = sports.Should().ContainSingle().Subject;
        sport.Id.Should().Be(seeded.SportId);
        sport.Competitions.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Id = seeded.CompetitionId, Events = 2 });
    }

    [Fact]
    public async Task ListSports_OfAnotherOrganization_AreNeverSeen()
    {
        var owner = await Api.RegisterAsync(Ct);
        await Api.SeedEventsAsync(owner, Ct);
        var stranger = await Api.RegisterAsync(Ct);

        var sports = (await (await stranger.Client.GetAsync(Url, Ct)).ShouldBeAsync<SportListDto>(HttpStatusCode.OK)).Items;

        sports.Should().BeEmpty();
    }

    [Fact]
    public async Task ListSports_WithoutAToken_Returns401()
    {
        var response = await Api.CreateClient().GetAsync(Url, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}

[Collection(PostgresApi.Name)]
public sealed class SportsPostgresTests(PostgresApiFactory api) : SportsTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class SportsSqliteTests(SqliteApiFactory api) : SportsTests<SqliteApiFactory>(api);
