using CleanPlatform.Application.Betting.Bets.Common;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Platform;
using static CleanPlatform.Api.FunctionalTests.Betting.BetRequests;

namespace CleanPlatform.Api.FunctionalTests.Betting;

public abstract class BetsEditingTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    [Fact]
    public async Task EditBet_Pending_ReplacesTheFieldsAndBumpsTheVersion()
    {
        var member = await Api.RegisterAsync(Ct);
        var bet = await member.Client.PlaceBetAsync(Body((await Api.SeedEventsAsync(member, Ct)).First), Ct);

        var response = await member.Client.PutBetAsync(bet.Id,
            Edit(bet, "odds=2.25;stake.amount=12.5;bookmakerKey=\"b365\";notes=\"price moved\";tags=[\"edited\"]"), Ct);

        var edited = await response.ShouldBeAsync<BetDto>(HttpStatusCode.OK);
        edited.Should().BeEquivalentTo(new
        {
            Odds = 2.25m,
            Stake = new MoneyDto(12.50m, "EUR"),
            Notes = "price moved",
            Tags = new[] { "edited" },
            Version = bet.Version + 1,
        });
        edited.BookmakerId.Should().NotBe(bet.BookmakerId);
        (await (await member.Client.GetAsync($"{Url}/{bet.Id}", Ct)).ShouldBeAsync<BetDto>(HttpStatusCode.OK))
            .Should().BeEquivalentTo(edited, ToTheMicrosecond);
    }

    [Fact]
    public async Task EditBet_StaleVersion_Returns409AndChangesNothing()
    {
        var member = await Api.RegisterAsync(Ct);
        var bet = await member.Client.PlaceBetAsync(Body((await Api.SeedEventsAsync(member, Ct)).First), Ct);
        await (await member.Client.PutBetAsync(bet.Id, Edit(bet, "odds=2.2"), Ct)).ShouldBeAsync<BetDto>(HttpStatusCode.OK);

        var response = await member.Client.PutBetAsync(bet.Id, Edit(bet, "odds=3.0"), Ct);

        await response.ShouldBeProblemWithCodeAsync(HttpStatusCode.Conflict, "bet.version_mismatch");
        (await (await member.Client.GetAsync($"{Url}/{bet.Id}", Ct)).ShouldBeAsync<BetDto>(HttpStatusCode.OK))
            .Odds.Should().Be(2.2m);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EditBet_SettledOrVoid_Returns409(bool settle)
    {
        var member = await Api.RegisterAsync(Ct);
        var bet = await member.Client.PlaceBetAsync(Body((await Api.SeedEventsAsync(member, Ct)).First), Ct);
        var final = settle ? await SettleAsync(bet.Id, new Score(2, 1)) : await VoidAsync(member, bet.Id);

        var response = await member.Client.PutBetAsync(bet.Id, Edit(final, "odds=3.0"), Ct);

        await response.ShouldBeProblemWithCodeAsync(HttpStatusCode.Conflict, "bet.not_pending");
    }

    [Fact]
    public async Task EditBet_LineTheMarketCannotHave_Returns400NamingLine()
    {
        var member = await Api.RegisterAsync(Ct);
        var bet = await member.Client.PlaceBetAsync(Body((await Api.SeedEventsAsync(member, Ct)).First), Ct);

        var response = await member.Client.PutBetAsync(bet.Id, Edit(bet, "line=-0.5"), Ct);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors")
            .TryGetProperty("line", out _).Should().BeTrue();
    }

    [Fact]
    public async Task EditBet_AnotherMembersBetAsMember_Returns403()
    {
        var (admin, member) = await Api.RegisterWithMemberAsync(Roles.Member, Ct);
        var bet = await admin.Client.PlaceBetAsync(Body((await Api.SeedEventsAsync(admin, Ct)).First), Ct);

        var response = await member.Client.PutBetAsync(bet.Id, Edit(bet, "odds=3.0"), Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task VoidBet_Pending_ReturnsTheStakeWithNoProfit()
    {
        var member = await Api.RegisterAsync(Ct);
        var bet = await member.Client.PlaceBetAsync(Body((await Api.SeedEventsAsync(member, Ct)).First), Ct);

        var voided = await VoidAsync(member, bet.Id);

        voided.Should().BeEquivalentTo(new { Status = BetStatus.Void, Payout = 10.00m, Profit = 0.00m, SettledAt = Api.Time.GetUtcNow() });
    }

    [Fact]
    public async Task VoidBet_AlreadyVoid_Returns409()
    {
        var member = await Api.RegisterAsync(Ct);
        var bet = await member.Client.PlaceBetAsync(Body((await Api.SeedEventsAsync(member, Ct)).First), Ct);
        await VoidAsync(member, bet.Id);

        var response = await member.Client.VoidBetAsync(bet.Id, Ct);

        await response.ShouldBeProblemWithCodeAsync(HttpStatusCode.Conflict, "bet.not_pending");
    }

    [Fact]
    public async Task DeleteBet_Settled_Returns204RemovesItAndAuditsIt()
    {
        var member = await Api.RegisterAsync(Ct);
        var bet = await member.Client.PlaceBetAsync(Body((await Api.SeedEventsAsync(member, Ct)).First), Ct);
        await SettleAsync(bet.Id, new Score(0, 1));

        var response = await member.Client.DeleteAsync($"{Url}/{bet.Id}", Ct);

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        await (await member.Client.GetAsync($"{Url}/{bet.Id}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await Api.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == "DeleteBet" && e.EntityType == "Bet"
            && e.EntityId == bet.Id.ToString() && e.Outcome == AuditOutcome.Succeeded, Ct))).Should().Be(1);
    }

    [Fact]
    public async Task SettledBet_ReadBack_PaysOutRoundedDownToTheCent()
    {
        var member = await Api.RegisterAsync(Ct);
        var bet = await member.Client.PlaceBetAsync(
            Body((await Api.SeedEventsAsync(member, Ct)).First).With("odds=1.91;stake.amount=3.33"), Ct);
        await SettleAsync(bet.Id, new Score(1, 0));

        var read = await (await member.Client.GetAsync($"{Url}/{bet.Id}", Ct)).ShouldBeAsync<BetDto>(HttpStatusCode.OK);

        read.Should().BeEquivalentTo(new
        {
            Status = BetStatus.Won,
            Payout = 6.36m,
            Profit = 3.03m,
            SettledHomeGoals = 1,
            SettledAwayGoals = 0,
        });
    }

    private static async Task<BetDto> VoidAsync(Caller caller, Guid id) =>
        await (await caller.Client.VoidBetAsync(id, Ct)).ShouldBeAsync<BetDto>(HttpStatusCode.OK);

    /// <summary>Settles the bet in the database, as the settlement job will once it exists.</summary>
    private Task<BetDto> SettleAsync(Guid id, Score score) => Api.InDatabaseAsync(async db =>
    {
        var bet = await db.Bets.SingleAsync(b => b.Id == id, Ct);
        bet.Settle(score, Api.Time.GetUtcNow());
        await db.SaveChangesAsync(Ct);
        return BetDto.From(bet);
    });
}

[Collection(PostgresApi.Name)]
public sealed class BetsEditingPostgresTests(PostgresApiFactory api) : BetsEditingTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class BetsEditingSqliteTests(SqliteApiFactory api) : BetsEditingTests<SqliteApiFactory>(api);
