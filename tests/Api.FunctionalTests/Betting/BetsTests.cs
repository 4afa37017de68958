using CleanPlatform.Application.Betting.Bets.Common;
using CleanPlatform.Domain.Betting;
using static CleanPlatform.Api.FunctionalTests.Betting.BetRequests;

namespace CleanPlatform.Api.FunctionalTests.Betting;

public abstract class BetsTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task PlaceBet_ValidBet_Returns201AtItsLocation()
    {
        var member = await Api.RegisterAsync(Ct);
        var events = await Api.SeedEventsAsync(member, Ct);

        var response = await member.Client.PostBetAsync(Body(events.First).With("tags=[\"value\",\"derby\"];notes=\"early price\""), Ct);

        var bet = await response.ShouldBeAsync<BetDto>(HttpStatusCode.Created);
        bet.Should().BeEquivalentTo(new
        {
            EventId = events.First,
            events.CompetitionId,
            events.SportId,
            Market = MarketKind.MatchResult,
            Selection = Selection.Home,
            Odds = 2.10m,
            Stake = new MoneyDto(10.00m, "EUR"),
            Status = BetStatus.Pending,
            PlacedAt = Api.Time.GetUtcNow(),
            Tags = new[] { "value", "derby" },
            Notes = "early price",
        });
        (await (await member.Client.GetAsync(response.Headers.Location, Ct)).ShouldBeAsync<BetDto>(HttpStatusCode.OK))
            .Should().BeEquivalentTo(bet, ToTheMicrosecond);
    }

    [Fact]
    public async Task PlaceBet_NewBookmakerKey_AddsItToTheCatalogue()
    {
        var member = await Api.RegisterAsync(Ct);
        var events = await Api.SeedEventsAsync(member, Ct);

        var bet = await member.Client.PlaceBetAsync(Body(events.First).With("bookmakerKey=\"local-shop\""), Ct);

        (await Api.InDatabaseAsync(db => db.Bookmakers.SingleAsync(b => b.Id == bet.BookmakerId, Ct)))
            .Should().BeEquivalentTo(new { Key = "local-shop", IsAggregate = false });
    }

    [Theory]
    [InlineData("odds", "odds=1.0")]
    [InlineData("stake.amount", "stake.amount=0")]
    [InlineData("stake.amount", "stake.amount=10.005")]
    [InlineData("stake.currency", "stake.currency=\"eur\"")]
    [InlineData("selection", "market=\"Totals\";line=2.5;selection=\"Draw\"")]
    [InlineData("selection", "selection=\"Over\"")]
    [InlineData("line", "line=0.5")]
    [InlineData("line", "market=\"AsianHandicap\";line=0.3")]
    [InlineData("placedAt", "placedAt=\"2100-01-01T00:00:00Z\"")]
    [InlineData("bookmakerKey", "bookmakerKey=\"Pinnacle\"")]
    [InlineData("tags[0]", "tags=[\"\"]")]
    public async Task PlaceBet_InvalidField_Returns400NamingIt(string field, string changes)
    {
        var member = await Api.RegisterAsync(Ct);
        var events = await Api.SeedEventsAsync(member, Ct);

        var response = await member.Client.PostBetAsync(Body(events.First).With(changes), Ct);

        (await response.ShouldBeInvalidAsync()).Should().Contain(field);
        (await Api.InDatabaseAsync(db => db.Bets.CountAsync(b => b.EventId == events.First, Ct))).Should().Be(0);
    }

    [Fact]
    public async Task PlaceBet_SameIdempotencyKeyTwice_ReplaysTheFirstBet()
    {
        var member = await Api.RegisterAsync(Ct);
        var events = await Api.SeedEventsAsync(member, Ct);

        var first = await (await member.Client.PostBetAsync(Body(events.First), Ct, "bet-1")).ShouldBeAsync<BetDto>(HttpStatusCode.Created);
        var replay = await member.Client.PostBetAsync(Body(events.First), Ct, "bet-1");

        (await replay.ShouldBeAsync<BetDto>(HttpStatusCode.Created)).Id.Should().Be(first.Id);
        replay.Headers.GetValues("Idempotency-Replayed").Should().Equal("true");
        (await Api.InDatabaseAsync(db => db.Bets.CountAsync(b => b.EventId == events.First, Ct))).Should().Be(1);
    }

    [Fact]
    public async Task PlaceBet_SameIdempotencyKeyOtherBody_Returns409()
    {
        var member = await Api.RegisterAsync(Ct);
        var events = await Api.SeedEventsAsync(member, Ct);
        await member.Client.PostBetAsync(Body(events.First), Ct, "bet-1");

        var response = await member.Client.PostBetAsync(Body(events.First).With("odds=2.2"), Ct, "bet-1");

        await response.ShouldBeProblemWithCodeAsync(HttpStatusCode.Conflict, "idempotency.key_reused");
    }

    [Fact]
    public async Task PlaceBet_AnotherOrganizationsEvent_Returns404()
    {
        var owner = await Api.RegisterAsync(Ct);
        var stranger = await Api.RegisterAsync(Ct);
        var events = await Api.SeedEventsAsync(owner, Ct);

        var response = await stranger.Client.PostBetAsync(Body(events.First), Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bet_OfAnotherOrganization_IsNotFoundByAnyEndpoint()
    {
        var owner = await Api.RegisterAsync(Ct);
        var stranger = await Api.RegisterAsync(Ct);
        var bet = await owner.Client.PlaceBetAsync(Body((await Api.SeedEventsAsync(owner, Ct)).First), Ct);

        HttpResponseMessage[] responses =
        [
            await stranger.Client.GetAsync($"{Url}/{bet.Id}", Ct),
            await stranger.Client.PutBetAsync(bet.Id, Edit(bet, "odds=3.0"), Ct),
            await stranger.Client.VoidBetAsync(bet.Id, Ct),
            await stranger.Client.DeleteAsync($"{Url}/{bet.Id}", Ct),
        ];

        foreach (var response in responses)
            await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await PageAsync(stranger, "page=1")).TotalCount.Should().Be(0);
        (await (await owner.Client.GetAsync($"{Url}/{bet.Id}", Ct)).ShouldBeAsync<BetDto>(HttpStatusCode.OK))
            .Status.Should().Be(BetStatus.Pending);
    }

    [Fact]
    public async Task Bets_AsViewer_ReadButEveryWriteReturns403()
    {
        var (admin, viewer) = await Api.RegisterWithMemberAsync(Roles.Viewer, Ct);
        var events = await Api.SeedEventsAsync(admin, Ct);
        var bet = await admin.Client.PlaceBetAsync(Body(events.First), Ct);

        HttpResponseMessage[] writes =
        [
            await viewer.Client.PostBetAsync(Body(events.First), Ct),
            await viewer.Client.PostBetAsync(Body(events.First), Ct, "viewer-key"),
            await viewer.Client.PutBetAsync(bet.Id, Edit(bet, "odds=3.0"), Ct),
            await viewer.Client.VoidBetAsync(bet.Id, Ct),
            await viewer.Client.DeleteAsync($"{Url}/{bet.Id}", Ct),
        ];

        foreach (var response in writes)
            await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await (await viewer.Client.GetAsync($"{Url}/{bet.Id}", Ct)).ShouldBeAsync<BetDto>(HttpStatusCode.OK))
            .Should().BeEquivalentTo(bet, ToTheMicrosecond);
        (await (await viewer.Client.GetAsync(Url, Ct)).ShouldBeAsync<PagedList<BetDto>>(HttpStatusCode.OK))
            .Items.Select(b => b.Id).Should().Equal(bet.Id);
    }

    [Fact]
    public async Task ListBets_Pages_SplitTheBetsLatestPlacedFirstWithTheTotalOnEach()
    {
        var member = await Api.RegisterAsync(Ct);
        var events = await Api.SeedEventsAsync(member, Ct);
        var now = Api.Time.GetUtcNow();
        var placed = new List<Guid>();
        foreach (var minutesAgo in new[] { 30, 10, 20 })
            placed.Add((await member.Client.PlaceBetAsync(Body(events.First).With($"placedAt=\"{now.AddMinutes(-minutesAgo):O}\""), Ct)).Id);

        var first = await PageAsync(member, "page=1&pageSize=2");
        var second = await PageAsync(member, "page=2&pageSize=2");

        first.Items.Select(b => b.Id).Should().Equal(placed[1], placed[2]);
        second.Items.Select(b => b.Id).Should().Equal(placed[0]);
        new[] { first.TotalCount, second.TotalCount }.Should().Equal(3, 3);
    }

    [Theory]
    [InlineData("pageSize=201")]
    [InlineData("pageSize=0")]
    [InlineData("page=0")]
    public async Task ListBets_PageOutOfBounds_Returns400NamingIt(string query)
    {
        var invalid = await Api.InvalidFieldsOfAsync($"{Url}?{query}", Ct);

        invalid.Should().Contain(query.Split('=')[0]);
    }

    [Fact]
    public async Task ListBets_EachFilter_KeepsOnlyTheBetsMatchingIt()
    {
        var member = await Api.RegisterAsync(Ct);
        var events = await Api.SeedEventsAsync(member, Ct, count: 2);
        var now = Api.Time.GetUtcNow();
        var home = await member.Client.PlaceBetAsync(
            Body(events.EventIds[0]).With($"tags=[\"value\"];placedAt=\"{now.AddHours(-2):O}\""), Ct);
        var draw = await member.Client.PlaceBetAsync(Body(events.EventIds[1]).With("selection=\"Draw\";bookmakerKey=\"b365\""), Ct);
        await member.Client.VoidBetAsync(draw.Id, Ct);

        var filtered = new Dictionary<string, IEnumerable<Guid>>
        {
            ["status=Void"] = [draw.Id],
            ["status=Pending"] = [home.Id],
            [$"eventId={events.EventIds[0]}"] = [home.Id],
            [$"competitionId={events.CompetitionId}"] = [draw.Id, home.Id],
            [$"competitionId={Guid.NewGuid()}"] = [],
            [$"bookmakerId={draw.BookmakerId}"] = [draw.Id],
            ["tag=value"] = [home.Id],
            [$"placedFrom={Uri.EscapeDataString(now.AddHours(-1).ToString("O"))}"] = [draw.Id],
            [$"placedTo={Uri.EscapeDataString(now.AddHours(-1).ToString("O"))}"] = [home.Id],
        };

        foreach (var (query, expected) in filtered)
            (await PageAsync(member, query)).Items.Select(b => b.Id).Should().Equal(expected, query);
    }

    private static async Task<PagedList<BetDto>> PageAsync(Caller caller, string query) =>
        await (await caller.Client.GetAsync($"{Url}?{query}", Ct)).ShouldBeAsync<PagedList<BetDto>>(HttpStatusCode.OK);
}

[Collection(PostgresApi.Name)]
public sealed class BetsPostgresTests(PostgresApiFactory api) : BetsTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class BetsSqliteTests(SqliteApiFactory api) : BetsTests<SqliteApiFactory>(api);
