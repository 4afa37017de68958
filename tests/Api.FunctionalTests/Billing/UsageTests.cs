using System.Globalization;
using CleanPlatform.Application.Billing.Usage.GetMeteredUsage;
using CleanPlatform.Application.Billing.Usage.ListMeters;
using CleanPlatform.Application.Billing.Usage.RecordUsage;
using CleanPlatform.Domain.Billing.Usage;

namespace CleanPlatform.Api.FunctionalTests.Billing;

/// <summary>billing.md §8, §15: organizations report metering events; each meter aggregates the current period's.</summary>
public abstract class UsageTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    protected const string EventsUrl = "/api/v1/billing/usage/events";
    private const string UsageUrl = "/api/v1/billing/usage";

    [Fact]
    public async Task Events_AreAggregatedPerMeter_AsBillingMdSays()
    {
        var owner = await Api.RegisterAsync(Ct);
        var at = Api.Time.GetUtcNow().AddMinutes(-1);

        var receipt = await (await RecordAsync(owner,
            Event("a1", "odds_requests", 120m, at), Event("a2", "odds_requests", 30.5m, at),
            Event("b1", "storage_gb", 2.5m, at), Event("b2", "storage_gb", 7.25m, at.AddSeconds(-5)), Event("b3", "storage_gb", 1m, at),
            Event("c1", "open_positions", 4m, at.AddSeconds(-10)), Event("c2", "open_positions", 9m, at), Event("c3", "open_positions", 6m, at),
            Event("d1", "backtests", 1m, at), Event("d2", "backtests", 1m, at),
            Event("e1", "active_advisors", 1m, at, "adv-1"), Event("e2", "active_advisors", 1m, at, "adv-2"),
            Event("e3", "active_advisors", 1m, at, "adv-1"))).ShouldBeAsync<UsageReceiptDto>(HttpStatusCode.OK);

        receipt.Should().BeEquivalentTo(new { Accepted = 13, Duplicates = Array.Empty<string>() });
        var usage = await UsageAsync(owner);
        usage.Meters.Select(m => (m.Meter, m.Quantity, m.Events)).Should().Equal(
            ("active_advisors", 2m, 3), ("backtests", 2m, 2), ("odds_requests", 150.5m, 2),
            ("open_positions", 6m, 3), // latest timestamp; of the two tied, the one received last (#22)
            ("storage_gb", 7.25m, 3));
        usage.PeriodStart.Should().BeBefore(at);
    }

    [Fact]
    public async Task ARepeatedEventId_IsADuplicate_CountedOnce()
    {
        var owner = await Api.RegisterAsync(Ct);
        var at = Api.Time.GetUtcNow();
        (await RecordAsync(owner, Event("x1", "odds_requests", 10m, at))).EnsureSuccessStatusCode();

        var receipt = await (await RecordAsync(owner,
            Event("x1", "odds_requests", 99m, at), Event("x2", "odds_requests", 5m, at), Event("x2", "odds_requests", 5m, at)))
            .ShouldBeAsync<UsageReceiptDto>(HttpStatusCode.OK);

        receipt.Should().BeEquivalentTo(new { Accepted = 1, Duplicates = new[] { "x1", "x2" } });
        (await UsageAsync(owner)).Meters.Single(m => m.Meter == "odds_requests").Quantity.Should().Be(15m);
    }

    [Theory]
    [InlineData("""{"events":[]}""", "events")]
    [InlineData("""{"events":[{"eventId":"e","meter":"nope","value":1,"timestamp":"{now}"}]}""", "events[0].meter")]
    [InlineData("""{"events":[{"eventId":"e","meter":"odds_requests","value":-1,"timestamp":"{now}"}]}""", "events[0].value")]
    [InlineData("""{"events":[{"eventId":"e","meter":"odds_requests","value":1.00001,"timestamp":"{now}"}]}""", "events[0].value")]
    [InlineData("""{"events":[{"eventId":"e","meter":"odds_requests","value":1,"timestamp":"{future}"}]}""", "events[0].timestamp")]
    [InlineData("""{"events":[{"eventId":"e","meter":"active_advisors","value":1,"timestamp":"{now}"}]}""", "events[0].property")]
    [InlineData("""{"events":[{"eventId":"","meter":"odds_requests","value":1,"timestamp":"{now}"}]}""", "events[0].eventId")]
    [InlineData("""{"events":[{"eventId":"ok","meter":"odds_requests","value":1,"timestamp":"{now}"},{"eventId":"has space","meter":"odds_requests","value":1,"timestamp":"{now}"}]}""", "events[1].eventId")]
    public async Task BadEvents_Are400NamingTheField_AndNothingIsRecorded(string body, string field)
    {
        var owner = await Api.RegisterAsync(Ct);
        var now = Api.Time.GetUtcNow();
        body = body.Replace("{now}", now.ToString("O", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{future}", now.AddHours(1).ToString("O", CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var problem = await (await owner.Client.PostAsync(EventsUrl, new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct))
            .ShouldBeInvalidAsync();

        problem.Should().Contain(key => key.Equals(field, StringComparison.OrdinalIgnoreCase));
        (await UsageAsync(owner)).Meters.Should().OnlyContain(m => m.Events == 0);
    }

    [Fact]
    public async Task TooManyEvents_Are400()
    {
        var owner = await Api.RegisterAsync(Ct);
        var at = Api.Time.GetUtcNow();

        await (await RecordAsync(owner, [.. Enumerable.Range(0, RecordUsage.MaxEvents + 1).Select(i => Event($"n{i}", "backtests", 1m, at))]))
            .ShouldBeInvalidAsync();
    }

    [Fact]
    public async Task AnEventBeforeTheCurrentPeriod_Is422_AndTheBatchIsNotRecorded()
    {
        var owner = await Api.RegisterAsync(Ct);
        var now = Api.Time.GetUtcNow();
        var lastMonth = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(-1);

        var response = await RecordAsync(owner, Event("ok", "backtests", 1m, now), Event("old", "backtests", 1m, lastMonth));

        (await response.ShouldBeProblemWithCodeAsync(HttpStatusCode.UnprocessableEntity, "usage.period_closed"))
            .GetProperty("detail").GetString().Should().Contain("events[1].timestamp");
        (await UsageAsync(owner)).Meters.Should().OnlyContain(m => m.Events == 0);
    }

    [Fact]
    public async Task AWriteKeyReports_AReadKeyMayNot_AndOtherOrganizationsSeeNothing()
    {
        var owner = await Api.RegisterAsync(Ct);
        var stranger = await Api.RegisterAsync(Ct);
        var viewer = await Api.AddMemberAsync(owner, Roles.Viewer, Ct);
        var writer = Api.ApiKeyClient((await ApiFactory.CreateApiKeyAsync(owner, "metering", ["Read", "Write"], Ct)).Secret);
        var reader = Api.ApiKeyClient((await ApiFactory.CreateApiKeyAsync(owner, "dashboard", ["Read"], Ct)).Secret);
        var at = Api.Time.GetUtcNow();

        (await writer.PostJsonAsync(EventsUrl, new { events = new[] { Event("k1", "backtests", 1m, at) } }, Ct)).EnsureSuccessStatusCode();
        await (await reader.PostJsonAsync(EventsUrl, new { events = new[] { Event("k2", "backtests", 1m, at) } }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await RecordAsync(viewer, Event("k3", "backtests", 1m, at))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await (await reader.GetAsync(UsageUrl, Ct)).ShouldBeAsync<MeteredUsageDto>(HttpStatusCode.OK))
            .Meters.Single(m => m.Meter == "backtests").Quantity.Should().Be(1m);
        (await UsageAsync(stranger)).Meters.Should().OnlyContain(m => m.Events == 0);
        (await (await stranger.Client.GetAsync("/api/v1/billing/meters", Ct)).ShouldBeAsync<MeterListDto>(HttpStatusCode.OK))
            .Items.Should().Contain(m => m.Code == "active_advisors" && m.Aggregation == MeterAggregation.UniqueCount && m.Property == "advisor id");
    }

    protected static object Event(string id, string meter, decimal value, DateTimeOffset at, string? property = null) =>
        new { eventId = id, meter, value, timestamp = at, property };

    protected static Task<HttpResponseMessage> RecordAsync(Caller caller, params object[] events) =>
        caller.Client.PostJsonAsync(EventsUrl, new { events }, Ct);

    protected static async Task<MeteredUsageDto> UsageAsync(Caller caller) =>
        await (await caller.Client.GetAsync(UsageUrl, Ct)).ShouldBeAsync<MeteredUsageDto>(HttpStatusCode.OK);
}

[Collection(PostgresApi.Name)]
public sealed class UsagePostgresTests(PostgresApiFactory api) : UsageTests<PostgresApiFactory>(api)
{
    [Fact]
    public async Task TheSameBatchSentFiveTimesAtOnce_IsRecordedOnce()
    {
        var owner = await Api.RegisterAsync(Ct);
        var at = Api.Time.GetUtcNow();
        var events = Enumerable.Range(0, 200).Select(i => Event($"r{i}", "odds_requests", 1m, at)).ToArray();

        var receipts = await Task.WhenAll(Enumerable.Range(0, 5).Select(async _ =>
            await (await RecordAsync(owner, events)).ShouldBeAsync<UsageReceiptDto>(HttpStatusCode.OK)));

        receipts.Sum(r => r.Accepted).Should().Be(200);
        receipts.Sum(r => r.Duplicates.Count).Should().Be(800);
        (await UsageAsync(owner)).Meters.Single(m => m.Meter == "odds_requests").Quantity.Should().Be(200m);
    }
}

[Collection(SqliteApi.Name)]
public sealed class UsageSqliteTests(SqliteApiFactory api) : UsageTests<SqliteApiFactory>(api);
