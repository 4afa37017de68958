using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Betting.Events;
using CleanPlatform.Domain.Common;
using CleanPlatform.Infrastructure.Outbox;
using Npgsql;

namespace CleanPlatform.Api.FunctionalTests.Betting;

/// <summary>
/// Issue #13: the built API, killed with SIGKILL in the middle of an import and of a settlement run, then run again to
/// the end, has lost no row and doubled none. Each test has a database of its own and starts the API as a child
/// process; "in the middle" is when the run holds its organization's lock (a transaction is open), found by polling
/// PostgreSQL, never by timing.
/// </summary>
public sealed class KillAndRestartTests
{
    private const int Bets = 20_000;
    private const int BetsPerEvent = 50;

    // Generous: the machine may be busy with other builds and tests; nothing here asserts on time.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    private static readonly string[] Seasons = [FootballDataUploads.Season2022, FootballDataUploads.Season2023];

    private static readonly BetPick[] Picks =
    [
        new(MarketKind.MatchResult, Selection.Home, 0m), new(MarketKind.MatchResult, Selection.Draw, 0m),
        new(MarketKind.Totals, Selection.Over, 2.5m), new(MarketKind.Totals, Selection.Under, 2.25m),
        new(MarketKind.AsianHandicap, Selection.Home, -0.25m), new(MarketKind.AsianHandicap, Selection.Away, 0.75m),
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Import_KilledDuringTheSecondSeason_RestartLosesAndDoublesNoRow()
    {
        var (clean, interrupted) = (await PostgresServer.CreateDatabaseAsync("kill_import_clean", Ct),
            await PostgresServer.CreateDatabaseAsync("kill_import", Ct));
        var cleanOrganization = await ApiProcess.PrepareDatabaseAsync(clean, Ct);
        var organization = await ApiProcess.PrepareDatabaseAsync(interrupted, Ct);
        await ImportAsync(clean, cleanOrganization);

        await using (var connection = await OpenAsync(interrupted))
        {
            using var import = ApiProcess.Start(interrupted, ImportArguments(organization));
            // The first season has committed and the second one's transaction is open.
            await import.PollAsync(async () => await ApiProcess.CountAsync(connection, """SELECT count(*) FROM "SportEvents" """, Ct) > 0
                && await ApiProcess.RunIsUnderWayAsync(connection, Ct), Patience, Ct);
            await import.KillAsync();
            (await ApiProcess.CountAsync(connection, """SELECT count(*) FROM "SportEvents" """, Ct))
                .Should().BeLessThan(await EventCountAsync(clean), "the kill came before the second season committed");
        }

        await ImportAsync(interrupted, organization);

        (await TableCountsAsync(interrupted)).Should().Equal(await TableCountsAsync(clean));
        (await PricesPerEventAsync(interrupted)).Should().Equal(await PricesPerEventAsync(clean),
            "every match has all its prices, once");
    }

    [Fact]
    public async Task SettleBets_KilledMidRun_RestartSettlesEachBetOnce()
    {
        var database = await PostgresServer.CreateDatabaseAsync("kill_settle", Ct);
        var organization = await ApiProcess.PrepareDatabaseAsync(database, Ct);
        var expected = await SeedBetsAsync(database, organization);
        await using var connection = await OpenAsync(database);

        await KillMidRunAsync(database, connection);
        (await ApiProcess.CountAsync(connection, """SELECT count(*) FROM "Bets" WHERE "Status" = 'Pending'""", Ct))
            .Should().BeGreaterThan(0, "the kill came before the run committed");
        using (var api = ApiProcess.Start(database, [], SettleEverySecond))
        {
            await api.PollAsync(async () => await SettledEventsAsync(connection) >= Bets, Patience, Ct);
            // The job fires every second; a run that came after would find nothing pending left to settle.
            await Task.Delay(TimeSpan.FromSeconds(3), Ct);
        }

        // Ordered by id and compared item by item: an any-order equivalency of 20k rows takes quadratic time.
        (await SettlementsAsync(connection)).OrderBy(s => s.Id).Should().Equal(expected.OrderBy(e => e.Id));
        (await SettledEventsAsync(connection)).Should().Be(Bets);
        (await ApiProcess.CountAsync(connection,
                $"""SELECT count(DISTINCT "Payload"::jsonb ->> 'betId') FROM "OutboxMessages" WHERE "Type" = '{BetSettledType}'""", Ct))
            .Should().Be(Bets, "one BetSettled event per bet");
    }

    private static readonly string BetSettledType = OutboxCatalog.NameOf(typeof(BetSettled));

    private static readonly Dictionary<string, string> SettleEverySecond = new()
    {
        ["Jobs__SettleBets__Cron"] = "* * * * * ?",
        // A killed node holds its job until the others find it missed its check-ins.
        ["Quartz__ClusterCheckinSeconds"] = "2",
        // Nothing else on a timer: the other jobs would only find nothing to do, but take the machine meanwhile.
        ["Jobs__RecordClosingLines__Cron"] = "0 0 0 1 1 ? 2099",
        ["Jobs__RunAgents__Cron"] = "0 0 0 1 1 ? 2099",
        ["Jobs__CollectOdds__Cron"] = "0 0 0 1 1 ? 2099",
    };

    // A run settles in one transaction: killed while it holds the organization's lock, it leaves every bet pending. A
    // run that got through between two polls leaves none: then start again from pending bets.
    private static async Task KillMidRunAsync(string database, NpgsqlConnection connection)
    {
        for (var attempt = 1; ; attempt++)
        {
            using (var api = ApiProcess.Start(database, [], SettleEverySecond))
            {
                await api.PollAsync(() => ApiProcess.RunIsUnderWayAsync(connection, Ct), Patience, Ct);
                await api.KillAsync();
            }

            if (await ApiProcess.CountAsync(connection, """SELECT count(*) FROM "Bets" WHERE "Status" = 'Pending'""", Ct) > 0
                || attempt == 3)
                return;
            await using var reset = new NpgsqlCommand("""
                UPDATE "Bets" SET "Status" = 'Pending', "Payout" = NULL, "Profit" = NULL, "DeadHeatFraction" = NULL,
                    "SettledHomeGoals" = NULL, "SettledAwayGoals" = NULL, "SettledAt" = NULL;
                DELETE FROM "OutboxMessages";
                """, connection);
            await reset.ExecuteNonQueryAsync(Ct);
        }
    }

    private static Task<long> SettledEventsAsync(NpgsqlConnection connection) => ApiProcess.CountAsync(connection,
        $"""SELECT count(*) FROM "OutboxMessages" WHERE "Type" = '{BetSettledType}'""", Ct);

    private static async Task<List<(Guid Id, string Status, decimal? Payout)>> SettlementsAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("""SELECT "Id", "Status", "Payout" FROM "Bets" """, connection);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<(Guid, string, decimal?)>();
        while (await reader.ReadAsync(Ct))
            rows.Add((reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetDecimal(2)));
        return rows;
    }

    /// <summary>Pending bets on finished matches, and what settling each on its own (the domain's rule) gives.</summary>
    private static async Task<List<(Guid Id, string Status, decimal? Payout)>> SeedBetsAsync(string database, Guid organizationId)
    {
        var start = new DateTimeOffset(2026, 1, 3, 15, 0, 0, TimeSpan.Zero);
        var sport = Sport.Add(organizationId, "soccer", "Soccer", start);
        var competition = Competition.Add(organizationId, sport.Id, "E0", "Premier League", start);
        var season = Season.Add(organizationId, competition.Id, "2025/2026", start);
        var bookmaker = Bookmaker.Add(organizationId, "b365", "Bet365", isAggregate: false, start);
        var (random, userId) = (new Random(13), Guid.CreateVersion7(start));
        var (events, bets, expected) = (new List<SportEvent>(), new List<Bet>(), new List<(Guid, string, decimal?)>());
        for (var i = 0; bets.Count < Bets; i++)
        {
            var kickOff = start.AddHours(i);
            var sportEvent = SportEvent.Schedule(organizationId, competition.Id, season.Id, $"Home {i}", $"Away {i}", kickOff,
                kickOff.UtcDateTime, "Europe/London", start);
            var score = new Score(random.Next(5), random.Next(4));
            for (var j = 0; j < BetsPerEvent; j++)
            {
                var bet = Bet.Place(sportEvent, competition, bookmaker, userId, Picks[random.Next(Picks.Length)],
                    new Odds(Math.Round(1.5m + ((decimal)random.NextDouble() * 3m), 2)),
                    new Money(Math.Round(5m + ((decimal)random.NextDouble() * 95m), 2), "EUR"), kickOff.AddDays(-1),
                    BetOrigin.Manual, kickOff.AddDays(-1));
                bets.Add(bet);
                var settlement = RecordedSettlement.Of(BetGrading.Grade(bet.Market, bet.Selection, bet.Line, score), bet.Stake, bet.Odds);
                expected.Add((bet.Id, settlement.Status.ToString(), settlement.Payout));
            }

            sportEvent.Complete(score, null);
            events.Add(sportEvent);
        }

        await using var db = ApiProcess.Context(database);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.AddRange([sport, competition, season, bookmaker, .. events, .. bets]);
        await db.SaveChangesAsync(Ct);
        return expected;
    }

    private static async Task ImportAsync(string database, Guid organizationId)
    {
        using var import = ApiProcess.Start(database, ImportArguments(organizationId));
        (await import.WaitForExitAsync(Patience)).Should().Be(0, import.Output);
    }

    private static string[] ImportArguments(Guid organizationId) =>
        ["import", "football-data", "--organization", organizationId.ToString(), .. Seasons.Select(FootballDataUploads.PathOf)];

    private static async Task<long> EventCountAsync(string database)
    {
        await using var connection = await OpenAsync(database);
        return await ApiProcess.CountAsync(connection, """SELECT count(*) FROM "SportEvents" """, Ct);
    }

    private static async Task<List<long>> TableCountsAsync(string database)
    {
        await using var connection = await OpenAsync(database);
        var counts = new List<long>();
        foreach (var table in new[] { "SportEvents", "OddsSnapshots", "Bookmakers", "Competitions", "Seasons", "Sports" })
            counts.Add(await ApiProcess.CountAsync(connection, $"""SELECT count(*) FROM "{table}" """, Ct));
        return counts;
    }

    /// <summary>Per match (by its teams and kick-off), how many prices are stored, in one order.</summary>
    private static async Task<List<string>> PricesPerEventAsync(string database)
    {
        await using var connection = await OpenAsync(database);
        await using var command = new NpgsqlCommand("""
            SELECT e."HomeTeam" || '|' || e."AwayTeam" || '|' || to_char(e."KickOffUtc" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI')
                   || '|' || count(s."Id") || '|' || count(DISTINCT (s."BookmakerId", s."Market", s."Line", s."Selection", s."Kind"))
            FROM "SportEvents" e LEFT JOIN "OddsSnapshots" s ON s."EventId" = e."Id"
            GROUP BY e."Id" ORDER BY 1
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<string>();
        while (await reader.ReadAsync(Ct))
            rows.Add(reader.GetString(0));
        return rows;
    }

    private static async Task<NpgsqlConnection> OpenAsync(string database)
    {
        var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(Ct);
        return connection;
    }
}
