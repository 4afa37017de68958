using CleanPlatform.Application.Betting.Settings.GetBankroll;
using CleanPlatform.Application.Betting.Settings.SuggestStake;
using static CleanPlatform.Api.FunctionalTests.Betting.BetRequests;
using static CleanPlatform.Api.FunctionalTests.Betting.SettingsRequests;

namespace CleanPlatform.Api.FunctionalTests.Betting;

public abstract class BankrollTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    private const string BankrollUrl = "/api/v1/betting/bankroll";
    private const string SuggestionUrl = "/api/v1/betting/stake-suggestion";

    [Fact]
    public async Task GetBankroll_FreshOrganization_IsTheDefaultInitialBankroll()
    {
        var (_, viewer) = await Api.RegisterWithMemberAsync(Roles.Viewer, Ct);

        var bankroll = await BankrollAsync(viewer);

        bankroll.Should().Be(new BankrollDto(Eur(1000m), Eur(0m), Eur(1000m), Eur(0m), Eur(1000m), 0m, 0, 0, 0));
    }

    [Fact]
    public async Task GetBankroll_SettledAndPendingBets_AddsProfitAndCountsOpenStakes()
    {
        var member = await Api.RegisterAsync(Ct);
        await Api.PlaceSeasonBetsAsync(member, Ct);
        await member.Client.PostAsync("/api/v1/betting/settlement-runs", null, Ct);
        var organizationId = await Api.OrganizationIdOfAsync(member.Email, Ct);
        var unbet = await Api.InDatabaseAsync(db => db.SportEvents
            .Where(e => e.OrganizationId == organizationId && e.HomeTeam == "Chelsea").Select(e => e.Id).Take(2).ToListAsync(Ct));
        await member.Client.PlaceBetAsync(Body(unbet[0]).With("stake.amount=25"), Ct);
        await member.Client.PlaceBetAsync(Body(unbet[1]).With("stake.amount=40;stake.currency=\"USD\""), Ct);

        var bankroll = await BankrollAsync(member);

        // Profits 0.83 − 10 + 3.25 + 0 + 9.50 = 3.58; the USD bet counts in neither sum.
        bankroll.Should().Be(new BankrollDto(Eur(1000m), Eur(3.58m), Eur(1003.58m), Eur(25m), Eur(978.58m),
            decimal.Round(25m / 1003.58m, 6), PendingBets: 1, SettledBets: 5, OtherCurrencyBets: 1));
    }

    [Fact]
    public async Task SuggestStake_QuarterKellyOnTheDefaultBankroll_IsExactlyFifty()
    {
        var member = await Api.RegisterAsync(Ct);

        var suggestion = await SuggestAsync(member, "odds=2.00&probability=0.60");

        suggestion.Should().BeEquivalentTo(new
        {
            FullKelly = 0.2m,
            FractionalKelly = 0.05m,
            Capped = 0.05m,
            Scaled = 0.05m,
            OpenShare = 0m,
            Bankroll = Eur(1000m),
            BankrollUsed = Eur(1000m),
            Stake = Eur(50m),
            Edge = 0.1m,
            ExpectedValue = 0.2m,
            MeetsMinimumEdge = true,
        });
    }

    [Fact]
    public async Task SuggestStake_OpenBetsNearTheOpenCap_ScalesTheStakeToWhatIsLeft()
    {
        var admin = await Api.RegisterAsync(Ct);
        await admin.Client.SaveSettingsAsync(Update(version: 0).With(
            "initialBankroll.amount=200;kellyFraction=0.25;maxBetShare=0.05;maxOpenShare=0.25"), Ct);
        var events = await Api.SeedEventsAsync(admin, Ct, count: 2);
        await admin.Client.PlaceBetAsync(Body(events.EventIds[0]).With("stake.amount=45"), Ct);

        var scaled = await SuggestAsync(admin, "odds=2.00&probability=0.60");
        await admin.Client.PlaceBetAsync(Body(events.EventIds[1]).With("stake.amount=5"), Ct);
        var full = await SuggestAsync(admin, "odds=2.00&probability=0.60");

        // Open 45 of 200 = 0.225: room 0.025 of F_max 0.25, on the 155 left: 3.875, rounded down.
        scaled.Should().BeEquivalentTo(new { Capped = 0.05m, OpenShare = 0.225m, Scaled = 0.025m, BankrollUsed = Eur(155m), Stake = Eur(3.87m) });
        full.Should().BeEquivalentTo(new { Scaled = 0m, Stake = Eur(0m) });
    }

    [Fact]
    public async Task SuggestStake_FractionOverride_ReplacesLambdaForThisSuggestion()
    {
        var member = await Api.RegisterAsync(Ct);

        var suggestion = await SuggestAsync(member, "odds=2.00&probability=0.55&fraction=0.1");

        suggestion.Should().BeEquivalentTo(new { KellyFraction = 0.1m, FractionalKelly = 0.01m, Stake = Eur(10m) });
    }

    [Theory]
    [InlineData("odds", "odds=1&probability=0.5")]
    [InlineData("odds", "probability=0.5")]
    [InlineData("odds", "odds=abc&probability=0.5")]
    [InlineData("probability", "odds=2&probability=1.2")]
    [InlineData("fraction", "odds=2&probability=0.5&fraction=0")]
    public async Task SuggestStake_InvalidParameter_Returns400NamingIt(string field, string query)
    {
        var invalid = await Api.InvalidFieldsOfAsync($"{SuggestionUrl}?{query}", Ct);

        invalid.Should().Contain(field);
    }

    private static MoneyDto Eur(decimal amount) => new(amount, "EUR");

    private static async Task<BankrollDto> BankrollAsync(Caller caller) =>
        await (await caller.Client.GetAsync(BankrollUrl, Ct)).ShouldBeAsync<BankrollDto>(HttpStatusCode.OK);

    private static async Task<StakeSuggestionDto> SuggestAsync(Caller caller, string query) =>
        await (await caller.Client.GetAsync($"{SuggestionUrl}?{query}", Ct)).ShouldBeAsync<StakeSuggestionDto>(HttpStatusCode.OK);
}

[Collection(PostgresApi.Name)]
public sealed class BankrollPostgresTests(PostgresApiFactory api) : BankrollTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class BankrollSqliteTests(SqliteApiFactory api) : BankrollTests<SqliteApiFactory>(api);
