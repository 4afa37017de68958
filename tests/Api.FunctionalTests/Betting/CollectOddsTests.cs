using System.Globalization;
using System.Text.Json.Nodes;
using CleanPlatform.Application.Betting.CollectOdds;
using CleanPlatform.Domain.Betting;
using static CleanPlatform.Api.FunctionalTests.Betting.BetRequests;
using static CleanPlatform.Api.FunctionalTests.Betting.SettingsRequests;

namespace CleanPlatform.Api.FunctionalTests.Betting;

/// <summary>
/// Odds collection through the real pipeline and the real Odds API client, the provider replaced by a loopback stub
/// serving the recorded responses of the client's own tests, their times moved to around now.
/// </summary>
public abstract class CollectOddsTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    private const string RunsUrl = "/api/v1/betting/odds-collection-runs";
    private const string StatusUrl = "/api/v1/betting/odds-collection";
    private const string EventsPath = "/v4/sports/soccer_epl/events";
    private const string OddsPath = "/v4/sports/soccer_epl/odds";
    private const string ScoresPath = "/v4/sports/soccer_epl/scores";
    private const string Key = "0123456789abcdef0123456789a1b2c3";
    private const string ArsenalChelsea = "8d2e3c1f0a9b4e7d6c5b4a3f2e1d0c9b";

    /// <summary>The recordings' first kick-off (Arsenal v Chelsea), moved to an hour from now.</summary>
    private static readonly DateTimeOffset RecordedKickOff = new(2026, 12, 5, 15, 0, 0, TimeSpan.Zero);

    /// <summary>The scores recording's finished game (Liverpool v Newcastle, 3-1).</summary>
    private static readonly DateTimeOffset RecordedFinishedKickOff = new(2026, 11, 29, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Collect_TwoRuns_AddsEventsOnceAndStoresOpeningPrices()
    {
        var owner = await OwnerWithKeyAsync();
        AnswerRecorded(TimeSpan.FromHours(1));

        var first = await RunAsync(owner);
        var second = await RunAsync(owner);

        first.Should().BeEquivalentTo(new { Outcome = OddsCollectionOutcome.Collected, EventsAdded = 3, OddsRequests = 1, QuotaRemaining = 19_997 });
        first.SnapshotsStored.Should().BePositive();
        second.Should().BeEquivalentTo(new { EventsAdded = 0, EventsUpdated = 0, OddsRequests = 0, SnapshotsStored = 0 });
        Api.OddsApi.CallsTo(EventsPath).Should().Be(2);
        Api.OddsApi.CallsTo(OddsPath).Should().Be(1, "nothing was due on the second run");
        var organizationId = await Api.OrganizationIdOfAsync(owner.Email, Ct);
        var stored = await Api.InDatabaseAsync(async db => (
            Events: await db.SportEvents.IgnoreQueryFilters().Where(e => e.OrganizationId == organizationId)
                .Select(e => e.ExternalId).ToListAsync(Ct),
            Kinds: await db.OddsSnapshots.IgnoreQueryFilters().Where(s => s.OrganizationId == organizationId)
                .Select(s => s.Kind).Distinct().ToListAsync(Ct)));
        stored.Events.Should().BeEquivalentTo("8d2e3c1f0a9b4e7d6c5b4a3f2e1d0c9b", "1f7a9c3e5b2d4f6a8c0e2b4d6f8a0c2e",
            "c4e6a8b0d2f4e6a8c0b2d4f6a8c0e2b4");
        stored.Kinds.Should().Equal(SnapshotKind.Opening);
        var status = await (await owner.Client.GetAsync(StatusUrl, Ct)).ShouldBeAsync<OddsCollectionStatusDto>(HttpStatusCode.OK);
        status.Should().BeEquivalentTo(new { OddsApiKeySet = true, QuotaRemaining = 19_997, QuotaUsed = 3 });
        // PostgreSQL keeps microseconds.
        status.LastCollectedAt.Should().BeCloseTo(Api.Time.GetUtcNow(), TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task Collect_NearKickOff_AsksAgainEveryTenMinutesAndStoresMovesAsIntermediate()
    {
        var owner = await OwnerWithKeyAsync();
        AnswerRecorded(TimeSpan.FromHours(1));
        await RunAsync(owner);

        Api.Time.Advance(TimeSpan.FromMinutes(6));
        var early = await RunAsync(owner);
        Api.Time.Advance(TimeSpan.FromMinutes(5));
        AnswerRecorded(TimeSpan.FromHours(1) - TimeSpan.FromMinutes(11), pricesMovedBy: TimeSpan.FromMinutes(10));
        var due = await RunAsync(owner);

        early.OddsRequests.Should().Be(0, "an hour before kick-off odds are due every 10 minutes");
        due.OddsRequests.Should().Be(1);
        due.SnapshotsStored.Should().BePositive();
        var organizationId = await Api.OrganizationIdOfAsync(owner.Email, Ct);
        var kinds = await Api.InDatabaseAsync(db => db.OddsSnapshots.IgnoreQueryFilters()
            .Where(s => s.OrganizationId == organizationId).Select(s => s.Kind).Distinct().ToListAsync(Ct));
        kinds.Should().BeEquivalentTo([SnapshotKind.Opening, SnapshotKind.Intermediate]);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(0)]
    public async Task Collect_CreditsAtOrBelowTheReserve_AsksNoOdds(int remaining)
    {
        var owner = await OwnerWithKeyAsync();
        AnswerRecorded(TimeSpan.FromHours(1), remaining: remaining);

        var run = await RunAsync(owner);

        run.Should().BeEquivalentTo(new { EventsAdded = 3, OddsRequests = 0, SkippedForReserve = 1, QuotaRemaining = remaining });
        run.Outcome.Should().Be(OddsCollectionOutcome.Collected);
        Api.OddsApi.CallsTo(OddsPath).Should().Be(0);
    }

    [Theory]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    public async Task Collect_LastHalfHour_AsksOddsAgainFiveMinutesAfterTheLastAsk(int minutesLater, int oddsRequests)
    {
        var owner = await OwnerWithKeyAsync();
        AnswerRecorded(TimeSpan.FromMinutes(25));
        var first = await RunAsync(owner);

        Api.Time.Advance(TimeSpan.FromMinutes(minutesLater));
        var next = await RunAsync(owner);

        first.OddsRequests.Should().Be(1);
        next.OddsRequests.Should().Be(oddsRequests, "within 30 minutes of kick-off odds are due every 5 minutes, not every 15");
        Api.OddsApi.CallsTo(OddsPath).Should().Be(1 + oddsRequests);
    }

    [Fact]
    public async Task Collect_KickOffMovedAtTheProvider_MovesTheEventAndFollowsItsNewCadence()
    {
        var owner = await OwnerWithKeyAsync();
        var shift = Api.Time.GetUtcNow() + TimeSpan.FromHours(3) - RecordedKickOff;
        // Prices last updated half an hour ago, not in the future.
        AnswerRecorded(TimeSpan.FromHours(3), pricesMovedBy: -TimeSpan.FromHours(2));
        await RunAsync(owner);
        Api.Time.Advance(TimeSpan.FromMinutes(6));
        var movedTo = Api.Time.GetUtcNow().AddMinutes(25);
        var events = JsonNode.Parse(Shifted("events-soccer_epl.json", shift))!.AsArray();
        events[0]!["commence_time"] = Iso(movedTo);
        Api.OddsApi.Answer(EventsPath, events.ToJsonString());

        var run = await RunAsync(owner);

        run.Should().BeEquivalentTo(new { EventsAdded = 0, EventsUpdated = 1, OddsRequests = 1 },
            "25 minutes before its new kick-off the event is due every 5 minutes; 3 hours before, every 15");
        var organizationId = await Api.OrganizationIdOfAsync(owner.Email, Ct);
        var kickOff = await Api.InDatabaseAsync(db => db.SportEvents.IgnoreQueryFilters()
            .Where(e => e.OrganizationId == organizationId && e.ExternalId == ArsenalChelsea)
            .Select(e => e.KickOffUtc).SingleAsync(Ct));
        kickOff.Should().BeCloseTo(movedTo, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Collect_FinishedEvent_CompletesItWithTheFinalScore()
    {
        var owner = await OwnerWithKeyAsync();
        // The scores recording lists Liverpool v Newcastle (3-1, completed) and Arsenal v Chelsea (upcoming).
        var shift = Api.Time.GetUtcNow().AddHours(-3) - RecordedFinishedKickOff;
        Api.OddsApi.Answer(EventsPath, Shifted("scores-soccer_epl.json", shift));
        Api.OddsApi.Answer(ScoresPath, Shifted("scores-soccer_epl.json", shift));

        var run = await RunAsync(owner);

        run.Should().BeEquivalentTo(new { EventsAdded = 2, ScoresRequests = 1, EventsCompleted = 1, OddsRequests = 0 });
        var organizationId = await Api.OrganizationIdOfAsync(owner.Email, Ct);
        var finished = await Api.InDatabaseAsync(db => db.SportEvents.IgnoreQueryFilters()
            .SingleAsync(e => e.OrganizationId == organizationId && e.ExternalId == "5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b", Ct));
        finished.Should().BeEquivalentTo(new { Status = EventStatus.Completed, HomeGoals = 3, AwayGoals = 1 });
    }

    [Theory]
    [InlineData(401, "error-invalid-key.json", "The Odds API refused the key.", "odds_api.invalid_key")]
    [InlineData(401, "error-out-of-usage-credits.json", "The Odds API key is out of credits.", "odds_api.out_of_credits")]
    [InlineData(422, "error-invalid-market.json", "The Odds API rejected the request.", "odds_api.invalid_request")]
    [InlineData(429, "error-exceeded-freq-limit.json", "The Odds API is rate limiting the key.", "odds_api.rate_limited")]
    public async Task Collect_ProviderRefuses_Returns502NamingTheCause(int status, string recording, string title, string code)
    {
        var owner = await OwnerWithKeyAsync();
        Api.OddsApi.Answer(EventsPath, StubResponse.Recording(recording), status);

        var response = await owner.Client.PostAsync(RunsUrl, null, Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadGateway);
        problem.GetProperty("title").GetString().Should().Be(title);
        problem.GetProperty("code").GetString().Should().Be(code);
        problem.GetProperty("detail").GetString().Should().Contain(JsonNode.Parse(StubResponse.Recording(recording))!["message"]!.GetValue<string>());
        Api.OddsApi.CallsTo(OddsPath).Should().Be(0);
    }

    [Fact]
    public async Task Collect_OutOfCreditsAtTheOdds_StopsKeepingTheEventsAndTheCreditsReported()
    {
        var owner = await OwnerWithKeyAsync();
        // Another client of the same key spent the credits since the events were listed.
        Api.OddsApi.Answer(EventsPath, EventsWithOneFinished(TimeSpan.FromHours(1)), remaining: 500);
        Api.OddsApi.Answer(OddsPath, StubResponse.Recording("error-out-of-usage-credits.json"), 401, remaining: 0);

        var response = await owner.Client.PostAsync(RunsUrl, null, Ct);

        await response.ShouldBeProblemWithCodeAsync(HttpStatusCode.BadGateway, "odds_api.out_of_credits");
        Api.OddsApi.CallsTo(OddsPath).Should().Be(1, "no credit comes back before the reset: no retry");
        Api.OddsApi.CallsTo(ScoresPath).Should().Be(0, "the finished event's score is due, but the run stopped");
        var organizationId = await Api.OrganizationIdOfAsync(owner.Email, Ct);
        var events = await Api.InDatabaseAsync(db => db.SportEvents.IgnoreQueryFilters()
            .CountAsync(e => e.OrganizationId == organizationId && e.Status == EventStatus.Scheduled, Ct));
        events.Should().Be(4);
        var status = await (await owner.Client.GetAsync(StatusUrl, Ct)).ShouldBeAsync<OddsCollectionStatusDto>(HttpStatusCode.OK);
        status.Should().BeEquivalentTo(new { QuotaRemaining = 0, QuotaUsed = 20_000, LastCollectedAt = (DateTimeOffset?)null });
        status.QuotaCheckedAt.Should().BeCloseTo(Api.Time.GetUtcNow(), TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task CollectOddsJob_OrganizationWithKey_CollectsAsTheSystemCaller()
    {
        var owner = await OwnerWithKeyAsync();
        AnswerRecorded(TimeSpan.FromHours(1));
        var organizationId = await Api.OrganizationIdOfAsync(owner.Email, Ct);

        await Api.RunJobAsync("CollectOdds", async () => !await Api.InDatabaseAsync(db => db.OddsSnapshots.IgnoreQueryFilters()
            .AnyAsync(s => s.OrganizationId == organizationId, Ct)), Ct);

        // Every organization with a key is visited (earlier tests' too): this one got its events once.
        var events = await Api.InDatabaseAsync(db => db.SportEvents.IgnoreQueryFilters()
            .CountAsync(e => e.OrganizationId == organizationId, Ct));
        events.Should().Be(3);
    }

    [Fact]
    public async Task Collect_WithoutKey_AsksNothing()
    {
        Api.OddsApi.Reset();
        var owner = await Api.RegisterAsync(Ct);

        var run = await RunAsync(owner);

        run.Outcome.Should().Be(OddsCollectionOutcome.NoOddsApiKey);
        Api.OddsApi.Calls.Should().Be(0);
    }

    [Fact]
    public async Task Collect_LeavesAnotherOrganizationUntouched()
    {
        var owner = await OwnerWithKeyAsync();
        var other = await Api.RegisterAsync(Ct);
        AnswerRecorded(TimeSpan.FromHours(1));

        await RunAsync(owner);

        var otherId = await Api.OrganizationIdOfAsync(other.Email, Ct);
        var touched = await Api.InDatabaseAsync(async db =>
            await db.SportEvents.IgnoreQueryFilters().AnyAsync(e => e.OrganizationId == otherId, Ct)
            || await db.OddsSnapshots.IgnoreQueryFilters().AnyAsync(s => s.OrganizationId == otherId, Ct)
            || await db.OddsCollectionStates.IgnoreQueryFilters().AnyAsync(s => s.OrganizationId == otherId, Ct));
        touched.Should().BeFalse();
        var status = await (await other.Client.GetAsync(StatusUrl, Ct)).ShouldBeAsync<OddsCollectionStatusDto>(HttpStatusCode.OK);
        status.Should().BeEquivalentTo(new { OddsApiKeySet = false, QuotaRemaining = (int?)null, LastCollectedAt = (DateTimeOffset?)null });
    }

    [Fact]
    public async Task Collect_AsViewer_Returns403()
    {
        Api.OddsApi.Reset();
        var (_, viewer) = await Api.RegisterWithMemberAsync(Roles.Viewer, Ct);

        var response = await viewer.Client.PostAsync(RunsUrl, null, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        Api.OddsApi.Calls.Should().Be(0);
    }

    private async Task<Caller> OwnerWithKeyAsync()
    {
        Api.OddsApi.Reset();
        var owner = await Api.RegisterAsync(Ct);
        await owner.Client.SaveSettingsAsync(Update(version: 0).With($"oddsApiKey=\"{Key}\""), Ct);
        return owner;
    }

    private static async Task<OddsCollectionRunDto> RunAsync(Caller caller) =>
        await caller.Client.RunAsync<OddsCollectionRunDto>(RunsUrl, Ct);

    /// <summary>The recorded events and odds, Arsenal v Chelsea kicking off <paramref name="toKickOff"/> from now.</summary>
    private void AnswerRecorded(TimeSpan toKickOff, int remaining = 19_997, TimeSpan pricesMovedBy = default)
    {
        var shift = Api.Time.GetUtcNow() + toKickOff - RecordedKickOff;
        Api.OddsApi.Answer(EventsPath, Shifted("events-soccer_epl.json", shift), remaining: remaining);
        // The recorded prices were last updated four days before kick-off: brought to minutes ago.
        Api.OddsApi.Answer(OddsPath, Shifted("odds-soccer_epl.json", shift, TimeSpan.FromDays(4) - TimeSpan.FromMinutes(30) + pricesMovedBy),
            remaining: remaining);
    }

    /// <summary>
    /// The recorded events, Arsenal v Chelsea kicking off <paramref name="toKickOff"/> from now, and Liverpool v
    /// Newcastle (scores recording) that kicked off three hours ago.
    /// </summary>
    private string EventsWithOneFinished(TimeSpan toKickOff)
    {
        var now = Api.Time.GetUtcNow();
        var events = JsonNode.Parse(Shifted("events-soccer_epl.json", now + toKickOff - RecordedKickOff))!.AsArray();
        var scores = JsonNode.Parse(Shifted("scores-soccer_epl.json", now.AddHours(-3) - RecordedFinishedKickOff))!.AsArray();
        events.Add(scores[0]!.DeepClone());
        return events.ToJsonString();
    }

    /// <summary>A recording with every kick-off moved by <paramref name="shift"/> and every last update by that and <paramref name="updates"/>.</summary>
    private static string Shifted(string file, TimeSpan shift, TimeSpan updates = default)
    {
        var root = JsonNode.Parse(StubResponse.Recording(file))!.AsArray();
        foreach (var item in root.Select(n => n!.AsObject()))
        {
            Move(item, "commence_time", shift);
            Move(item, "last_update", shift + updates);
            foreach (var book in item["bookmakers"]?.AsArray().Select(b => b!.AsObject()) ?? [])
            {
                Move(book, "last_update", shift + updates);
                foreach (var market in book["markets"]?.AsArray().Select(m => m!.AsObject()) ?? [])
                    Move(market, "last_update", shift + updates);
            }
        }

        return root.ToJsonString();
    }

    private static void Move(JsonObject node, string name, TimeSpan by)
    {
        if (node[name]?.GetValue<string>() is not { } text)
            return;
        var moved = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) + by;
        node[name] = Iso(moved);
    }

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

[Collection(PostgresApi.Name)]
public sealed class CollectOddsPostgresTests(PostgresApiFactory api) : CollectOddsTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class CollectOddsSqliteTests(SqliteApiFactory api) : CollectOddsTests<SqliteApiFactory>(api);
