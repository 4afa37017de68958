using CleanPlatform.Application.Betting.Opportunities.Common;
using CleanPlatform.Application.Betting.Opportunities.RunAgents;
using CleanPlatform.Application.Betting.Studies.RunBacktest;
using CleanPlatform.Application.Common.Models;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Betting.Agents;
using CleanPlatform.Domain.Common;

namespace CleanPlatform.Api.FunctionalTests.Betting;

public abstract class OpportunitiesTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    private const string RunUrl = "/api/v1/betting/agent-runs";
    private const string Url = "/api/v1/betting/opportunities";

    [Fact]
    public async Task Replay_BothSeasons_RaisesAuditedOpportunitiesJudgedOnTheClose()
    {
        var owner = await ReferenceSeasons.ImportAsync(Api, Ct);

        var run = await ReplayAsync(owner);

        run.Events.Should().Be(760);
        run.Raised.Should().BePositive();
        run.Closed.Should().Be(run.Raised, "every replayed match has finished");
        run.ByAgent.Select(c => c.Agent).Should().Contain([AnomalyDetector.AgentKey, SpreadOptimizer.AgentKey]);
        var all = await PageAsync(owner, "status=Expired&pageSize=200");
        all.TotalCount.Should().Be(run.Raised);
        all.Items.Should().AllSatisfy(o =>
        {
            o.Status.Should().Be(OpportunityStatus.Expired);
            o.ExpectedValue.Should().BeGreaterThan(0.02m);
            ((double)o.ExpectedValue).Should().BeApproximately(((double)o.Odds * o.FairProbability) - 1, 1e-6);
            o.LowestExpectedValue.Should().BeLessThanOrEqualTo(o.HighestExpectedValue);
            o.Prices.Should().Contain(p => p.Bookmaker == o.Bookmaker && p.Selection == o.Selection && p.Price == o.Odds);
            o.Reasons.Should().NotBeEmpty();
            o.AgentVersion.Should().Be("1.0");
            o.Score.Should().BeInRange(0, 100);
            o.Result.Should().NotBeNull();
            o.PricedAt.Should().Be(o.Event.KickOffUtc, "football-data stamps its pre-closing prices at kick-off");
        });
        all.Items.Should().Contain(o => o.ClvFair != null, "Pinnacle's close is in both files");
    }

    [Fact]
    public async Task Replay_SpreadOpportunity_IsTheWorstCaseValueOfItsAuditedPrices()
    {
        var owner = await ReferenceSeasons.ImportAsync(Api, Ct, FootballDataUploads.Season2023);
        await ReplayAsync(owner);

        var spread = (await PageAsync(owner, "status=Expired&agent=spread&pageSize=200")).Items;

        spread.Should().NotBeEmpty();
        foreach (var o in spread)
        {
            var outcomes = o.Market == MarketKind.MatchResult ? new[] { Selection.Home, Selection.Draw, Selection.Away }
                : o.Market == MarketKind.Totals ? [Selection.Over, Selection.Under] : [Selection.Home, Selection.Away];
            var sharp = MarketPrices.Of(outcomes.Select(s => (decimal?)o.Prices.Single(p => p.Bookmaker == "pinnacle" && p.Selection == s).Price));
            var index = Array.IndexOf(outcomes, o.Selection);
            var worst = Devig.All(sharp).Where(d => d.IsApplicable).Min(d => ExpectedValue.Of(new Odds(o.Odds), d.Probabilities[index]));
            o.ExpectedValue.Should().Be(Opportunity.Stored(worst));
            o.Bookmaker.Should().NotBe("pinnacle");
        }
    }

    [Theory]
    [InlineData("spread")]
    [InlineData("pattern")]
    public async Task Backtest_OfAnAgent_BacksWhatItsReplayRaised(string agent)
    {
        // With the agent runs' defaults: the worst case over devig methods, θ 2 %, Pinnacle as the sharp book.
        var owner = await ReferenceSeasons.ImportAsync(Api, Ct);
        await ReplayAsync(owner);
        var raised = await PageAsync(owner, $"status=Expired&agent={agent}&pageSize=200");

        var backtest = await (await owner.Client.GetAsync(
                $"/api/v1/betting/studies/backtest?{ReferenceSeasons.Filter("both")}&agent={agent}&worstCase=true&markets=MatchResult&markets=Totals&markets=AsianHandicap",
                Ct))
            .ShouldBeAsync<BacktestDto>(HttpStatusCode.OK);

        backtest.Bets.Should().Be(raised.TotalCount);
        // The replay's opportunities (the first page of them) are bets of the backtest, at the same price and EV.
        backtest.Items.Select(b => (b.EventId, b.Market, b.Selection, b.Odds, Ev: Opportunity.Stored(b.ExpectedValue)))
            .Should().Contain(raised.Items.Select(o => (o.Event.Id, o.Market, o.Selection, o.Odds, o.ExpectedValue)));
    }

    [Fact]
    public async Task Replay_SecondRun_ChangesNothing()
    {
        var owner = await ReferenceSeasons.ImportAsync(Api, Ct, FootballDataUploads.Season2023);
        var first = await ReplayAsync(owner);
        var before = await PageAsync(owner, "status=Expired&pageSize=200");

        var second = await ReplayAsync(owner);

        second.Should().BeEquivalentTo(first with { Raised = 0, Updated = 0, Closed = 0 });
        (await PageAsync(owner, "status=Expired&pageSize=200")).Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task Scan_TwoAgentsOnOnePrice_RaiseAConsensusThenWithdrawWhenThePriceFalls()
    {
        var owner = await Api.RegisterAsync(Ct);
        var events = await Api.SeedEventsAsync(owner, Ct);
        var now = Api.Time.GetUtcNow();
        await PriceAsync(owner, events.First, now.AddMinutes(-30), b365Home: 2.30m);

        var run = await (await owner.Client.PostAsJsonAsync(RunUrl, new { }, Ct)).ShouldBeAsync<AgentRunDto>(HttpStatusCode.OK);

        var open = (await PageAsync(owner, "")).Items;
        run.Should().BeEquivalentTo(new { Replay = false, Events = 1, Boards = 1, Raised = 2, Updated = 0, Closed = 0 });
        open.Select(o => o.AgentKey).Should().BeEquivalentTo([AnomalyDetector.AgentKey, SpreadOptimizer.AgentKey]);
        open.Should().AllSatisfy(o =>
        {
            o.Should().BeEquivalentTo(new { Status = OpportunityStatus.Open, Bookmaker = "b365", Odds = 2.30m, Selection = Selection.Home, Consensus = true });
            o.AgreeingAgents.Should().Equal(AnomalyDetector.AgentKey, SpreadOptimizer.AgentKey);
            o.ExpiresAt.Should().Be(o.Event.KickOffUtc);
        });
        var urgent = await PageAsync(owner, "kickOffWithinHours=24");
        urgent.Items.Should().HaveCount(2, "the seeded event kicks off in a day");

        await PriceAsync(owner, events.First, now.AddMinutes(-10), b365Home: 2.02m);
        var rerun = await (await owner.Client.PostAsJsonAsync(RunUrl, new { }, Ct)).ShouldBeAsync<AgentRunDto>(HttpStatusCode.OK);

        rerun.Raised.Should().Be(0);
        (await PageAsync(owner, "")).TotalCount.Should().Be(0);
        (await PageAsync(owner, "status=Withdrawn")).Items.Should().HaveCount(2).And.OnlyContain(o => !o.Consensus && o.WithdrawnAt != null);
    }

    [Fact]
    public async Task Scan_AgentSwitchedOffInSettings_RaisesNothingOfIt()
    {
        var owner = await Api.RegisterAsync(Ct);
        var events = await Api.SeedEventsAsync(owner, Ct);
        await PriceAsync(owner, events.First, Api.Time.GetUtcNow().AddMinutes(-30), b365Home: 2.30m);
        await owner.Client.SaveSettingsAsync(SettingsRequests.Update(0), Ct);

        var run = await (await owner.Client.PostAsJsonAsync(RunUrl, new { }, Ct)).ShouldBeAsync<AgentRunDto>(HttpStatusCode.OK);

        run.ByAgent.Should().Equal(new AgentCountDto(AnomalyDetector.AgentKey, 1));
        (await PageAsync(owner, "")).Items.Should().ContainSingle().Which.Consensus.Should().BeFalse();
    }

    [Fact]
    public async Task Replay_BacktestAgentSwitchedOff_Returns409AndRaisesNothing()
    {
        var owner = await Api.RegisterAsync(Ct);
        var body = SettingsRequests.Update(0);
        body["agents"]!["backtest"] = false;
        await owner.Client.SaveSettingsAsync(body, Ct);

        var response = await owner.Client.PostAsJsonAsync(RunUrl, new { replay = true }, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await PageAsync(owner, "status=")).TotalCount.Should().Be(0);
    }

    [Fact]
    public async Task Opportunities_OfAnotherOrganization_AreNeverSeen()
    {
        var owner = await Api.RegisterAsync(Ct);
        var events = await Api.SeedEventsAsync(owner, Ct);
        await PriceAsync(owner, events.First, Api.Time.GetUtcNow().AddMinutes(-30), b365Home: 2.30m);
        await owner.Client.PostAsJsonAsync(RunUrl, new { }, Ct);
        var theirs = (await PageAsync(owner, "")).Items[0];
        var stranger = await Api.RegisterAsync(Ct);

        (await PageAsync(stranger, "status=")).TotalCount.Should().Be(0);
        await (await stranger.Client.GetAsync($"{Url}/{theirs.Id}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var run = await (await stranger.Client.PostAsJsonAsync(RunUrl, new { }, Ct)).ShouldBeAsync<AgentRunDto>(HttpStatusCode.OK);
        run.Events.Should().Be(0);
        var after = await (await owner.Client.GetAsync($"{Url}/{theirs.Id}", Ct)).ShouldBeAsync<OpportunityDto>(HttpStatusCode.OK);
        after.WithdrawnAt.Should().BeNull("another organization's run never touches them");
    }

    [Fact]
    public async Task RunAgents_AsViewer_Returns403ButTheViewerReads()
    {
        var (admin, viewer) = await Api.RegisterWithMemberAsync(Roles.Viewer, Ct);
        var events = await Api.SeedEventsAsync(admin, Ct);
        await PriceAsync(admin, events.First, Api.Time.GetUtcNow().AddMinutes(-30), b365Home: 2.30m);

        await (await viewer.Client.PostAsJsonAsync(RunUrl, new { }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await PageAsync(viewer, "")).TotalCount.Should().Be(0);
        await admin.Client.PostAsJsonAsync(RunUrl, new { }, Ct);
        (await PageAsync(viewer, "")).TotalCount.Should().Be(2);
    }

    [Theory]
    [InlineData("kickOffWithinHours=0", "kickOffWithinHours")]
    [InlineData("minEdge=2", "minEdge")]
    [InlineData("pageSize=500", "pageSize")]
    [InlineData("label=Maybe", "label")]
    public async Task ListOpportunities_BadParameter_Returns400NamingIt(string query, string field)
    {
        var invalid = await Api.InvalidFieldsOfAsync($"{Url}?{query}", Ct);

        invalid.Should().Contain(field);
    }

    [Fact]
    public async Task RunAgents_ScanWithAFilter_Returns400NamingIt()
    {
        var member = await Api.RegisterAsync(Ct);

        var response = await member.Client.PostAsJsonAsync(RunUrl, new { replay = false, competitions = new[] { "E0" } }, Ct);

        (await response.ShouldBeInvalidAsync()).Should().Contain("competitions");
    }

    private static async Task<AgentRunDto> ReplayAsync(Caller owner) =>
        await (await owner.Client.PostAsJsonAsync(RunUrl, new { replay = true, competitions = new[] { "E0" } }, Ct))
            .ShouldBeAsync<AgentRunDto>(HttpStatusCode.OK);

    private static async Task<PagedList<OpportunityDto>> PageAsync(Caller caller, string query) =>
        await (await caller.Client.GetAsync($"{Url}?{query}", Ct)).ShouldBeAsync<PagedList<OpportunityDto>>(HttpStatusCode.OK);

    /// <summary>
    /// Stores five books' 1X2 prices of the event captured at <paramref name="capturedAt"/>: four close together around
    /// Pinnacle's 2.00/3.50/3.80, and Bet365's home price <paramref name="b365Home"/>.
    /// </summary>
    private Task<int> PriceAsync(Caller owner, Guid eventId, DateTimeOffset capturedAt, decimal b365Home) =>
        Api.InDatabaseAsync(async db =>
        {
            var organizationId = await Api.OrganizationIdOfAsync(owner.Email, Ct);
            var now = Api.Time.GetUtcNow();
            (string Key, decimal Home, decimal Draw, decimal Away)[] books =
                [("pinnacle", 2.00m, 3.50m, 3.80m), ("bw", 2.05m, 3.40m, 3.70m), ("iw", 2.02m, 3.45m, 3.75m),
                 ("wh", 2.04m, 3.40m, 3.80m), ("b365", b365Home, 3.40m, 3.60m)];
            foreach (var (key, home, draw, away) in books)
            {
                var book = await db.Bookmakers.SingleOrDefaultAsync(b => b.OrganizationId == organizationId && b.Key == key, Ct);
                if (book is null)
                {
                    book = Bookmaker.Add(organizationId, key, key, isAggregate: false, now);
                    db.Bookmakers.Add(book);
                }
                foreach (var (selection, price) in new[] { (Selection.Home, home), (Selection.Draw, draw), (Selection.Away, away) })
                    db.OddsSnapshots.Add(OddsSnapshot.Capture(organizationId, eventId, book.Id, MarketKind.MatchResult, 0m,
                        selection, new Odds(price), capturedAt, SnapshotKind.Intermediate));
            }
            return await db.SaveChangesAsync(Ct);
        });
}

[Collection(PostgresApi.Name)]
public sealed class OpportunitiesPostgresTests(PostgresApiFactory api) : OpportunitiesTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class OpportunitiesSqliteTests(SqliteApiFactory api) : OpportunitiesTests<SqliteApiFactory>(api);
