using System.Net.Http.Json;
using CleanPlatform.Application.Betting.Studies.BacktestRuns;
using CleanPlatform.Application.Betting.Studies.ListBacktestRuns;
using CleanPlatform.Application.Betting.Studies.RunBacktest;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Api.FunctionalTests.Betting;

/// <summary>
/// Backtest runs: one reference season (380 matches) answers at once, both seasons run in the background (the
/// functional tests' factory sets the inline limit to 400 matches and chunks of 100), and either gives what the
/// backtest answered at once gives.
/// </summary>
public abstract class BacktestRunTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    private const string Runs = "/api/v1/betting/studies/backtests";
    private const string AtOnce = "/api/v1/betting/studies/backtest";

    [Fact]
    public async Task Start_OneSeason_AnswersAtOnceWithTheBacktestsResult()
    {
        var owner = await ReferenceSeasons.ImportAsync(Api, Ct, FootballDataUploads.Season2023);
        var expected = await AtOnceAsync(owner, $"{ReferenceSeasons.Filter(ReferenceSeasons.Season2023)}&minimumEv=0.02");

        var response = await owner.Client.PostJsonAsync(Runs, Rule(ReferenceSeasons.Season2023), Ct);

        var run = await response.ShouldBeAsync<BacktestRunDto>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().Should().EndWith($"{Runs}/{run.Id}");
        (run.Status, run.MatchesTotal, run.MatchesDone, run.Progress, run.Attempts)
            .Should().Be((BacktestRunStatus.Completed, 380, 380, 1d, 1));
        run.Rule.MinimumEv.Should().Be(0.02m);
        run.Result.Should().BeEquivalentTo(expected);
        (await GetAsync(owner, run.Id)).Result.Should().BeEquivalentTo(expected);
    }

    [Fact]
    public async Task Start_BothSeasons_RunsInTheBackgroundToTheSameResult()
    {
        var owner = await ReferenceSeasons.ImportAsync(Api, Ct);
        var filter = ReferenceSeasons.Filter("both");
        var kelly = await AtOnceAsync(owner, $"{filter}&minimumEv=0.02&staking=Kelly&kellyMultiplier=0.25&bankroll=1000");
        // The pattern matcher learns from every kick-off time before the next: chunks must not cut one.
        var pattern = await AtOnceAsync(owner, $"{filter}&agent=pattern&minimumEv=0.02");

        var response = await owner.Client.PostJsonAsync(Runs,
            Rule(ReferenceSeasons.Season2022, ReferenceSeasons.Season2023) with
            {
                Staking = BacktestStaking.Kelly,
                KellyMultiplier = 0.25m,
                Bankroll = 1000m,
            }, Ct);
        var queued = await response.ShouldBeAsync<BacktestRunDto>(HttpStatusCode.Accepted);
        Api.Time.Advance(TimeSpan.FromSeconds(1));
        var agent = await (await owner.Client.PostJsonAsync(Runs,
                Rule(ReferenceSeasons.Season2022, ReferenceSeasons.Season2023) with { Agent = "pattern" }, Ct))
            .ShouldBeAsync<BacktestRunDto>(HttpStatusCode.Accepted);

        response.Headers.Location!.ToString().Should().EndWith($"{Runs}/{queued.Id}");
        (queued.Status, queued.MatchesTotal, queued.Result).Should().Be((BacktestRunStatus.Queued, 760, null));
        var done = await FinishedAsync(owner, queued.Id);
        (done.Status, done.MatchesDone, done.Progress, done.Attempts).Should().Be((BacktestRunStatus.Completed, 760, 1d, 1));
        done.Result.Should().BeEquivalentTo(kelly);
        ((double)done.Result!.FinalBankroll).Should().BeApproximately(ReferenceFigures.Of["both"].KellyBank, 1e-4);
        (await FinishedAsync(owner, agent.Id)).Result.Should().BeEquivalentTo(pattern);

        var list = await (await owner.Client.GetAsync(Runs, Ct)).ShouldBeAsync<BacktestRunListDto>(HttpStatusCode.OK);
        list.Items.Select(r => r.Id).Should().Equal(agent.Id, queued.Id);
        list.Items.Should().OnlyContain(r => r.Result == null, "a list leaves the bets out");
    }

    [Fact]
    public async Task Runner_TakesOverAnAbandonedRun_AndFailsOneStoppedThreeTimes()
    {
        var owner = await ReferenceSeasons.ImportAsync(Api, Ct, FootballDataUploads.Season2023);
        var organizationId = await Api.OrganizationIdOfAsync(owner.Email, Ct);
        var now = Api.Time.GetUtcNow();
        var rule = BacktestRunJson.Write(Rule(ReferenceSeasons.Season2023));
        var abandoned = BacktestRun.Queue(organizationId, rule, 380, now - TimeSpan.FromMinutes(10));
        abandoned.Start(now - TimeSpan.FromMinutes(3));
        var spent = BacktestRun.Queue(organizationId, rule, 380, now - TimeSpan.FromMinutes(10));
        foreach (var minutes in new[] { 9, 6, 3 })
            spent.Start(now - TimeSpan.FromMinutes(minutes));
        var alive = BacktestRun.Queue(organizationId, rule, 380, now - TimeSpan.FromMinutes(10));
        alive.Start(now - TimeSpan.FromSeconds(30));
        await Api.InDatabaseAsync(async db =>
        {
            db.BacktestRuns.AddRange(abandoned, spent, alive);
            return await db.SaveChangesAsync(Ct);
        });

        await Api.RunJobAsync("RunBacktests", async () => (await GetAsync(owner, abandoned.Id)).Status != BacktestRunStatus.Completed, Ct);

        var restarted = await GetAsync(owner, abandoned.Id);
        (restarted.Attempts, restarted.MatchesDone).Should().Be((2, 380));
        restarted.Result!.Bets.Should().BeGreaterThan(0);
        var failed = await GetAsync(owner, spent.Id);
        failed.Status.Should().Be(BacktestRunStatus.Failed);
        failed.Error.Should().Contain("stopped 3 times");
        (await GetAsync(owner, alive.Id)).Status.Should().Be(BacktestRunStatus.Running, "its runner is still alive");
    }

    [Fact]
    public async Task Cancel_ByItsMemberOrAnAdmin_RemovesIt_AndNoOneElseSeesOrDeletesIt()
    {
        var (owner, viewer) = await Api.RegisterWithMemberAsync(Roles.Viewer, Ct);
        var outsider = await Api.RegisterAsync(Ct);
        var ownRun = await (await owner.Client.PostJsonAsync(Runs, Rule(), Ct)).ShouldBeAsync<BacktestRunDto>(HttpStatusCode.Created);
        var viewersRun = await (await viewer.Client.PostJsonAsync(Runs, Rule(), Ct)).ShouldBeAsync<BacktestRunDto>(HttpStatusCode.Created);

        (await GetAsync(viewer, ownRun.Id)).Id.Should().Be(ownRun.Id, "the organization's runs are shared");
        await (await viewer.Client.DeleteAsync($"{Runs}/{ownRun.Id}", Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await outsider.Client.GetAsync($"{Runs}/{ownRun.Id}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.Client.DeleteAsync($"{Runs}/{ownRun.Id}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await viewer.Client.DeleteAsync($"{Runs}/{viewersRun.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await owner.Client.DeleteAsync($"{Runs}/{ownRun.Id}", Ct)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        await (await owner.Client.GetAsync($"{Runs}/{ownRun.Id}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await owner.Client.GetAsync(Runs, Ct)).ShouldBeAsync<BacktestRunListDto>(HttpStatusCode.OK)).Items.Should().BeEmpty();
    }

    [Fact]
    public async Task Start_WhenThreeRunsAreQueued_IsAConflict_ButAShortOneStillAnswers()
    {
        var owner = await ReferenceSeasons.ImportAsync(Api, Ct);
        var organizationId = await Api.OrganizationIdOfAsync(owner.Email, Ct);
        var rule = BacktestRunJson.Write(Rule(ReferenceSeasons.Season2023));
        // Running with a live heartbeat: no runner takes them.
        var busy = Enumerable.Range(0, 3).Select(_ => BacktestRun.Queue(organizationId, rule, 380, Api.Time.GetUtcNow())).ToList();
        busy.ForEach(r => r.Start(Api.Time.GetUtcNow()));
        await Api.InDatabaseAsync(async db =>
        {
            db.BacktestRuns.AddRange(busy);
            return await db.SaveChangesAsync(Ct);
        });

        var refused = await owner.Client.PostJsonAsync(Runs, Rule(ReferenceSeasons.Season2022, ReferenceSeasons.Season2023), Ct);

        (await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString()
            .Should().Be("backtest.too_many_running");
        (await owner.Client.PostJsonAsync(Runs, Rule(ReferenceSeasons.Season2023), Ct)).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("stake", 0, "stake")]
    [InlineData("kellyCap", 2, "kellyCap")]
    [InlineData("minimumEv", 11, "minimumEv")]
    public async Task Start_WithABadParameter_IsABadRequestNamingIt_AndStoresNothing(string parameter, int value, string field)
    {
        var caller = await Api.RegisterAsync(Ct);

        var response = await caller.Client.PostJsonAsync(Runs, new Dictionary<string, object> { [parameter] = value }, Ct);

        (await response.ShouldBeInvalidAsync()).Should().Equal(field);
        (await (await caller.Client.GetAsync(Runs, Ct)).ShouldBeAsync<BacktestRunListDto>(HttpStatusCode.OK)).Items.Should().BeEmpty();
    }

    [Fact]
    public async Task Start_WithTheLongestFilterAllowed_IsKeptWhole()
    {
        var caller = await Api.RegisterAsync(Ct);
        // Every character escaped in the stored JSON: far longer than the rule as sent.
        var competitions = Enumerable.Range(0, 50).Select(i => $"{i:00}" + new string('é', 62)).ToList();
        var seasons = Enumerable.Range(0, 50).Select(i => $"{i:00}" + new string('é', 14)).ToList();

        var response = await caller.Client.PostJsonAsync(Runs, new RunBacktest(competitions, seasons), Ct);

        var run = await response.ShouldBeAsync<BacktestRunDto>(HttpStatusCode.Created);
        (run.MatchesTotal, run.Result!.Bets).Should().Be((0, 0));
        (await GetAsync(caller, run.Id)).Rule.Competitions.Should().Equal(competitions);
    }

    [Fact]
    public async Task Start_RetriedWithItsIdempotencyKey_StartsOneRun()
    {
        var owner = await ReferenceSeasons.ImportAsync(Api, Ct);
        var key = Guid.NewGuid().ToString();

        var first = await (await StartAsync(owner, Rule(ReferenceSeasons.Season2022, ReferenceSeasons.Season2023), key))
            .ShouldBeAsync<BacktestRunDto>(HttpStatusCode.Accepted);
        var retry = await (await StartAsync(owner, Rule(ReferenceSeasons.Season2022, ReferenceSeasons.Season2023), key))
            .ShouldBeAsync<BacktestRunDto>(HttpStatusCode.Accepted);

        retry.Id.Should().Be(first.Id);
        (await (await owner.Client.GetAsync(Runs, Ct)).ShouldBeAsync<BacktestRunListDto>(HttpStatusCode.OK)).Items
            .Should().ContainSingle();
        await (await StartAsync(owner, Rule(ReferenceSeasons.Season2023), key)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await FinishedAsync(owner, first.Id);
    }

    [Fact]
    public async Task Start_WithAReadOnlyApiKey_IsForbidden()
    {
        var owner = await Api.RegisterAsync(Ct);
        var key = await ApiFactory.CreateApiKeyAsync(owner, "Reader", ["Read"], Ct);

        var response = await Api.ApiKeyClient(key.Secret).PostAsJsonAsync(Runs, Rule(), Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    private static Task<HttpResponseMessage> StartAsync(Caller caller, RunBacktest rule, string idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Runs) { Content = JsonContent.Create(rule) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return caller.Client.SendAsync(request, Ct);
    }

    private static RunBacktest Rule(params string[] seasons) =>
        new(Competitions: ["E0"], Seasons: seasons, MinimumEv: 0.02m);

    private static async Task<BacktestDto> AtOnceAsync(Caller caller, string query) =>
        await (await caller.Client.GetAsync($"{AtOnce}?{query}", Ct)).ShouldBeAsync<BacktestDto>(HttpStatusCode.OK);

    private static async Task<BacktestRunDto> GetAsync(Caller caller, Guid id) =>
        await (await caller.Client.GetAsync($"{Runs}/{id}", Ct)).ShouldBeAsync<BacktestRunDto>(HttpStatusCode.OK);

    /// <summary>The run once finished, waited for in the database: polling over HTTP would spend the plan's requests.</summary>
    private async Task<BacktestRunDto> FinishedAsync(Caller caller, Guid id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && await Api.InDatabaseAsync(db => db.BacktestRuns
                   .AnyAsync(r => r.Id == id && (r.Status == BacktestRunStatus.Queued || r.Status == BacktestRunStatus.Running), Ct)))
            await Task.Delay(100, Ct);
        return await GetAsync(caller, id);
    }
}

[Collection(PostgresApi.Name)]
public sealed class BacktestRunPostgresTests(PostgresApiFactory api) : BacktestRunTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class BacktestRunSqliteTests(SqliteApiFactory api) : BacktestRunTests<SqliteApiFactory>(api);
