using System.Globalization;
using System.Text;
using CleanPlatform.Application.Betting.Bets.Common;
using CleanPlatform.Application.Betting.Bets.RecordClosingLines;
using CleanPlatform.Application.Betting.Bets.SettleBets;
using CleanPlatform.Application.Betting.ImportFootballData;
using CleanPlatform.Application.Betting.Opportunities.Common;
using CleanPlatform.Application.Betting.Opportunities.RunAgents;
using CleanPlatform.Application.Common.Models;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Betting.Agents;
using static CleanPlatform.Api.FunctionalTests.Betting.BetRequests;

namespace CleanPlatform.Api.FunctionalTests.Betting;

/// <summary>
/// The whole life of a value bet from football-data files alone: a fixtures file schedules a match with its prices, a
/// scan raises opportunities on it, a bet is placed from one, and the results file settles it and gives its CLV.
/// </summary>
public abstract class FixturesToSettlementTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    private const string FixturesHeader = "Div,Date,Time,HomeTeam,AwayTeam,PSH,PSD,PSA,BWH,BWD,BWA,IWH,IWD,IWA,WHH,WHD,WHA,B365H,B365D,B365A";
    private const string Prices = "2.00,3.50,3.80,2.05,3.40,3.70,2.02,3.45,3.75,2.04,3.40,3.80,2.30,3.40,3.60";

    [Fact]
    public async Task FixturesThenResults_BetFromAnOpportunity_IsSettledWithItsClv()
    {
        var owner = await Api.RegisterAsync(Ct);
        var kickOff = Api.Time.GetUtcNow().AddDays(2);
        var (date, time) = (kickOff.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), "15:00");

        var fixtures = await ImportAsync(owner, "fixtures.csv", $"{FixturesHeader}\r\nE0,{date},{time},Arsenal,Everton,{Prices}\r\n");
        fixtures.Should().BeEquivalentTo(new { EventsAdded = 1, EventsUpdated = 0, SnapshotsAdded = 15, Rejections = Array.Empty<object>() });
        Api.Time.Advance(TimeSpan.FromMinutes(5));
        var again = await ImportAsync(owner, "fixtures.csv", $"{FixturesHeader}\r\nE0,{date},{time},Arsenal,Everton,{Prices}\r\n");
        again.Should().BeEquivalentTo(new { EventsAdded = 0, EventsUpdated = 0, SnapshotsAdded = 0, SnapshotsAlreadyPresent = 15 });
        var moved = await ImportAsync(owner, "fixtures.csv",
            $"{FixturesHeader}\r\nE0,{date},{time},Arsenal,Everton,{Prices.Replace("2.30,3.40,3.60", "2.32,3.40,3.60", StringComparison.Ordinal)}\r\n");
        moved.Should().BeEquivalentTo(new { SnapshotsAdded = 1, SnapshotsAlreadyPresent = 14 }, "only Bet365's home price moved");

        var run = await (await owner.Client.PostAsJsonAsync("/api/v1/betting/agent-runs", new { }, Ct))
            .ShouldBeAsync<AgentRunDto>(HttpStatusCode.OK);
        run.Raised.Should().Be(2, "Bet365's 2.32 home price stands out from four books around 2.02");
        var opportunity = (await (await owner.Client.GetAsync("/api/v1/betting/opportunities", Ct))
            .ShouldBeAsync<PagedList<OpportunityDto>>(HttpStatusCode.OK)).Items.Single(o => o.AgentKey == AnomalyDetector.AgentKey);
        opportunity.Should().BeEquivalentTo(new { Bookmaker = "b365", Odds = 2.32m, Selection = Selection.Home, Status = OpportunityStatus.Open });

        var bet = await owner.Client.PlaceBetAsync(Body(opportunity.Event.Id).With(
            $"bookmakerKey=\"b365\";odds=2.32;opportunityId=\"{opportunity.Id}\";agentKey=\"anomaly\";edge={opportunity.Edge.ToString(CultureInfo.InvariantCulture)}"), Ct);
        bet.Should().BeEquivalentTo(new { Status = BetStatus.Pending, OpportunityId = (Guid?)opportunity.Id, AgentKey = "anomaly" });

        var results = await ImportAsync(owner, "E0.csv",
            $"{FixturesHeader},FTHG,FTAG,FTR,PSCH,PSCD,PSCA\r\nE0,{date},{time},Arsenal,Everton,{Prices},2,0,H,1.90,3.70,4.20\r\n");
        results.Should().BeEquivalentTo(new { EventsAdded = 0, EventsUpdated = 1, SnapshotsAdded = 18, SnapshotsAlreadyPresent = 0 },
            "a played match's prices are stamped at kick-off, beside those the fixture stamped at import");
        var settled = await (await owner.Client.PostAsync("/api/v1/betting/settlement-runs", null, Ct))
            .ShouldBeAsync<SettlementRunDto>(HttpStatusCode.OK);
        var closed = await (await owner.Client.PostAsync("/api/v1/betting/closing-line-runs", null, Ct))
            .ShouldBeAsync<ClosingLineRunDto>(HttpStatusCode.OK);

        settled.Should().Be(new SettlementRunDto(Settled: 1, Voided: 0, Skipped: 0));
        closed.Recorded.Should().Be(1, "a match with its result has closed, whatever the clock says");
        var after = await (await owner.Client.GetAsync($"{Url}/{bet.Id}", Ct)).ShouldBeAsync<BetDto>(HttpStatusCode.OK);
        after.Should().BeEquivalentTo(new { Status = BetStatus.Won, Payout = 23.20m, Profit = 13.20m, ClosingOdds = 1.90m });
        after.ClvRaw.Should().BeApproximately((2.32 / 1.90) - 1, 1e-12);

        var refixture = await ImportAsync(owner, "fixtures.csv", $"{FixturesHeader}\r\nE0,{date},{time},Arsenal,Everton,{Prices}\r\n");
        refixture.EventsUpdated.Should().Be(0, "a fixture never takes back a result");
    }

    private static async Task<FootballDataImportDto> ImportAsync(Caller owner, string fileName, string csv) =>
        await (await owner.Client.UploadAsync(Encoding.UTF8.GetBytes(csv), fileName, Ct))
            .ShouldBeAsync<FootballDataImportDto>(HttpStatusCode.OK);
}

[Collection(PostgresApi.Name)]
public sealed class FixturesToSettlementPostgresTests(PostgresApiFactory api) : FixturesToSettlementTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class FixturesToSettlementSqliteTests(SqliteApiFactory api) : FixturesToSettlementTests<SqliteApiFactory>(api);
