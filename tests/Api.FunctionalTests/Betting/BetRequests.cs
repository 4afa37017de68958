using System.Text.Json.Nodes;
using AwesomeAssertions.Equivalency;
using CleanPlatform.Application.Betting.Bets.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Api.FunctionalTests.Betting;

/// <summary>An organization's scheduled event to bet on, and bets placed and changed as the SPA sends them.</summary>
internal static class BetRequests
{
    public const string Url = "/api/v1/betting/bets";

    /// <summary>Adds <paramref name="count"/> scheduled events of one competition to <paramref name="owner"/>'s organization.</summary>
    public static async Task<SeededEvents> SeedEventsAsync(this ApiFactory api, Caller owner, CancellationToken ct, int count = 1)
    {
        var organizationId = await api.OrganizationIdOfAsync(owner.Email, ct);
        var now = api.Time.GetUtcNow();
        return await api.InDatabaseAsync(async db =>
        {
            var sport = Sport.Add(organizationId, "soccer", "Soccer", now);
            var competition = Competition.Add(organizationId, sport.Id, "E0", "Premier League", now);
            var season = Season.Add(organizationId, competition.Id, "2026-27", now);
            var events = Enumerable.Range(1, count).Select(i => SportEvent.Schedule(organizationId, competition.Id, season.Id,
                "Arsenal", $"Chelsea {i}", now.AddDays(i), now.AddDays(i).UtcDateTime, "Europe/London", now)).ToList();
            db.AddRange(sport, competition, season);
            db.AddRange(events);
            await db.SaveChangesAsync(ct);
            return new SeededEvents([.. events.Select(e => e.Id)], competition.Id, sport.Id);
        });
    }

    /// <summary>A valid bet on <paramref name="eventId"/>: home in 1X2 at 2.10 for 10 EUR at Pinnacle.</summary>
    public static JsonObject Body(Guid eventId) => new()
    {
        ["eventId"] = eventId,
        ["bookmakerKey"] = "pinnacle",
        ["market"] = "MatchResult",
        ["selection"] = "Home",
        ["line"] = 0m,
        ["odds"] = 2.10m,
        ["stake"] = new JsonObject { ["amount"] = 10m, ["currency"] = "EUR" },
    };

    /// <summary><paramref name="body"/> with each <c>path=json</c> of <paramref name="changes"/> (';'-separated) set.</summary>
    public static JsonObject With(this JsonObject body, string changes)
    {
        foreach (var change in changes.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var (path, value) = (change[..change.IndexOf('=', StringComparison.Ordinal)].Split('.'), change[(change.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            var target = path[..^1].Aggregate(body, (node, segment) => node[segment]!.AsObject());
            target[path[^1]] = JsonNode.Parse(value);
        }

        return body;
    }

    public static Task<HttpResponseMessage> PostBetAsync(this HttpClient client, JsonObject body, CancellationToken ct,
        string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request, ct);
    }

    public static async Task<BetDto> PlaceBetAsync(this HttpClient client, JsonObject body, CancellationToken ct) =>
        await (await client.PostBetAsync(body, ct)).ShouldBeAsync<BetDto>(HttpStatusCode.Created);

    /// <summary>The edit that sends back what <paramref name="bet"/> holds, with <paramref name="changes"/> applied.</summary>
    public static JsonObject Edit(BetDto bet, string changes = "") => new JsonObject
    {
        ["version"] = bet.Version,
        ["bookmakerKey"] = "pinnacle",
        ["line"] = bet.Line,
        ["odds"] = bet.Odds,
        ["stake"] = new JsonObject { ["amount"] = bet.Stake.Amount, ["currency"] = bet.Stake.Currency },
        ["placedAt"] = bet.PlacedAt,
    }.With(changes);

    public static Task<HttpResponseMessage> PutBetAsync(this HttpClient client, Guid id, JsonObject body, CancellationToken ct) =>
        client.PutAsJsonAsync($"{Url}/{id}", body, ct);

    /// <summary>
    /// Instants as PostgreSQL keeps them: to the microsecond, where the clock that stamped the first answer had ticks.
    /// </summary>
    public static EquivalencyOptions<T> ToTheMicrosecond<T>(EquivalencyOptions<T> options) => options
        .Using<DateTimeOffset>(c => c.Subject.Should().BeCloseTo(c.Expectation, TimeSpan.FromMicroseconds(1)))
        .WhenTypeIs<DateTimeOffset>()
        .Using<DateTimeOffset?>(c =>
        {
            if (c.Expectation is { } expected)
                c.Subject.Should().BeCloseTo(expected, TimeSpan.FromMicroseconds(1));
            else
                c.Subject.Should().BeNull();
        })
        .WhenTypeIs<DateTimeOffset?>();

    /// <summary>Each of <paramref name="bets"/> as it is now, in order.</summary>
    public static async Task<List<BetDto>> ReadBetsAsync(this HttpClient client, IEnumerable<BetDto> bets, CancellationToken ct)
    {
        var read = new List<BetDto>();
        foreach (var bet in bets)
            read.Add(await (await client.GetAsync($"{Url}/{bet.Id}", ct)).ShouldBeAsync<BetDto>(HttpStatusCode.OK));
        return read;
    }

    public static Task<HttpResponseMessage> VoidBetAsync(this HttpClient client, Guid id, CancellationToken ct) =>
        client.PostAsync($"{Url}/{id}/void", null, ct);
}

/// <summary>Events seeded for a test, with their competition and sport.</summary>
internal sealed record SeededEvents(IReadOnlyList<Guid> EventIds, Guid CompetitionId, Guid SportId)
{
    public Guid First => EventIds[0];
}
