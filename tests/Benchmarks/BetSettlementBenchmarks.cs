using BenchmarkDotNet.Attributes;
using CleanPlatform.Application.Betting.Bets.SettleBets;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Common;
using CleanPlatform.Domain.Identity;
using CleanPlatform.Infrastructure.Callers;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CleanPlatform.Benchmarks;

/// <summary>
/// Issue #13: a settlement run over 100,000 pending bets on finished events (1X2, totals and Asian handicaps, quarter
/// lines included), sent as the settlement job sends it (the organization's system caller, through the real Mediator
/// pipeline and host), against one hand-written UPDATE that grades and settles the same rows with a CASE expression.
/// The goal: under 1 s, and at 0.5 × the UPDATE's speed or better, i.e. a ratio of at most 2.0.
/// </summary>
[Config(typeof(DatabaseBenchmarkConfig))]
public class BetSettlementBenchmarks : IDisposable
{
    public const int Bets = 100_000;
    private const int BetsPerEvent = 50;

    private static readonly BetPick[] Picks =
    [
        new(MarketKind.MatchResult, Selection.Home, 0m), new(MarketKind.MatchResult, Selection.Draw, 0m),
        new(MarketKind.MatchResult, Selection.Away, 0m),
        new(MarketKind.Totals, Selection.Over, 2.5m), new(MarketKind.Totals, Selection.Under, 2.5m),
        new(MarketKind.Totals, Selection.Over, 2.25m), new(MarketKind.Totals, Selection.Under, 2.75m),
        new(MarketKind.Totals, Selection.Over, 3m),
        new(MarketKind.AsianHandicap, Selection.Home, -0.5m), new(MarketKind.AsianHandicap, Selection.Away, 0.5m),
        new(MarketKind.AsianHandicap, Selection.Home, -0.25m), new(MarketKind.AsianHandicap, Selection.Away, 0.75m),
        new(MarketKind.AsianHandicap, Selection.Home, 0m), new(MarketKind.AsianHandicap, Selection.Home, -1m),
    ];

    private static readonly DateTimeOffset Start = new(2026, 1, 3, 15, 0, 0, TimeSpan.Zero);

    // One statement: grade each pending bet of a completed event with its score (a half line's two halves are the same
    // line, a quarter line's are 0.25 either side, as HandicapGrading splits them), then write what the run writes.
    private const string HandWrittenUpdate = """
        WITH graded AS (
            SELECT b."Id", e."HomeGoals", e."AwayGoals", b."StakeAmount" AS stake, b."Odds" AS odds,
                   CASE WHEN b."Market" = 'MatchResult' THEN
                            CASE WHEN (b."Selection" = 'Home' AND e."HomeGoals" > e."AwayGoals")
                                   OR (b."Selection" = 'Draw' AND e."HomeGoals" = e."AwayGoals")
                                   OR (b."Selection" = 'Away' AND e."HomeGoals" < e."AwayGoals") THEN 2 ELSE -2 END
                        ELSE sign(d.d - d.q) + sign(d.d + d.q) END AS score
            FROM "Bets" b
            JOIN "SportEvents" e ON e."Id" = b."EventId"
            CROSS JOIN LATERAL (SELECT
                CASE WHEN b."Selection" = 'Over' THEN e."HomeGoals" + e."AwayGoals" - b."Line"
                     WHEN b."Selection" = 'Under' THEN b."Line" - e."HomeGoals" - e."AwayGoals"
                     WHEN b."Selection" = 'Home' THEN e."HomeGoals" - e."AwayGoals" + b."Line"
                     ELSE e."AwayGoals" - e."HomeGoals" + b."Line" END AS d,
                CASE WHEN mod(b."Line" * 4, 2) = 0 THEN 0 ELSE 0.25 END AS q) d
            WHERE b."OrganizationId" = @organization AND b."Status" = 'Pending'
              AND e."Status" = 'Completed' AND e."HomeGoals" IS NOT NULL AND e."AwayGoals" IS NOT NULL),
        paid AS (
            SELECT "Id", "HomeGoals", "AwayGoals", stake, score,
                   trunc(CASE score WHEN 2 THEN stake * odds WHEN 1 THEN stake / 2 * odds + stake / 2
                                    WHEN 0 THEN stake WHEN -1 THEN stake / 2 ELSE 0 END, 2) AS payout
            FROM graded)
        UPDATE "Bets" b
        SET "Status" = CASE p.score WHEN 2 THEN 'Won' WHEN 1 THEN 'HalfWon' WHEN 0 THEN 'Push'
                                    WHEN -1 THEN 'HalfLost' ELSE 'Lost' END,
            "Payout" = p.payout, "Profit" = p.payout - p.stake, "DeadHeatFraction" = NULL,
            "SettledHomeGoals" = p."HomeGoals", "SettledAwayGoals" = p."AwayGoals", "SettledAt" = @now,
            "Version" = b."Version" + 1, "UpdatedAt" = @now, "UpdatedBy" = NULL
        FROM paid p
        WHERE b."Id" = p."Id"
        """;

    private BenchmarkDatabase _database = null!;
    private BenchmarkHost _host = null!;
    private Guid _organizationId;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        try
        {
            _database = await BenchmarkDatabase.CreateAsync("settlement");
            _organizationId = await SeedAsync();
            _host = new BenchmarkHost(_database.ConnectionString);
            _ = _host.Services; // starts the host now, not in the first iteration
            // Both must settle the same rows the same way, or the ratio compares different work.
            Reset();
            await HandWrittenSql();
            var expected = Totals();
            Reset();
            await SettlementRun();
            var actual = Totals();
            if (actual != expected)
                throw new InvalidOperationException($"The run settled {actual}; the hand-written UPDATE {expected}.");
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    [IterationSetup]
    public void Reset()
    {
        _database.Execute("""
            UPDATE "Bets" SET "Status" = 'Pending', "Payout" = NULL, "Profit" = NULL, "DeadHeatFraction" = NULL,
                "SettledHomeGoals" = NULL, "SettledAwayGoals" = NULL, "SettledAt" = NULL, "Version" = 1,
                "UpdatedAt" = NULL, "UpdatedBy" = NULL
            """);
        _database.Execute("""TRUNCATE "OutboxMessages" """);
        // Both start from a table without the dead rows of the last iteration, and no dirty buffers.
        _database.Execute("""VACUUM ANALYZE "Bets" """);
        _database.Execute("CHECKPOINT");
    }

    [Benchmark(Baseline = true)]
    public async Task<int> HandWrittenSql()
    {
        await using var command = _database.DataSource.CreateCommand(HandWrittenUpdate);
        command.Parameters.AddWithValue("organization", _organizationId);
        command.Parameters.AddWithValue("now", DateTimeOffset.UtcNow);
        return Settled(await command.ExecuteNonQueryAsync());
    }

    [Benchmark]
    public async Task<int> SettlementRun()
    {
        // As SettleBetsJob sends it: one scope per organization, as its system caller.
        var settled = 0;
        await _host.Services.GetRequiredService<SystemWork>().ForEachOrganizationAsync(nameof(SettleBets), [_organizationId],
            async (services, ct) => settled = (await services.GetRequiredService<ISender>().Send(new SettleBets(), ct)).Settled,
            CancellationToken.None);
        return Settled(settled);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _host?.Dispose();
        _database?.Dispose();
        GC.SuppressFinalize(this);
    }

    private static int Settled(int rows) =>
        rows == Bets ? rows : throw new InvalidOperationException($"Settled {rows} bets instead of {Bets}.");

    private string Totals()
    {
        using var command = _database.DataSource.CreateCommand(
            """SELECT string_agg("Status" || ':' || n || ':' || payout, ' ' ORDER BY "Status") FROM (SELECT "Status", count(*) AS n, sum("Payout") AS payout FROM "Bets" GROUP BY "Status") s""");
        return (string)command.ExecuteScalar()!;
    }

    /// <summary>2,000 finished events with scores from a fixed seed, 50 bets on each, stakes and prices from the same seed.</summary>
    private async Task<Guid> SeedAsync()
    {
        var league = BenchmarkLeague.Open(Start, "2025/2026");
        var bookmaker = Bookmaker.Add(league.Organization.Id, "b365", "Bet365", isAggregate: false, Start);
        var userId = Guid.CreateVersion7(Start);
        var random = new Random(13);
        var events = new List<SportEvent>();
        var bets = new List<Bet>(Bets);
        for (var i = 0; bets.Count < Bets; i++)
        {
            var kickOff = Start.AddHours(i);
            var sportEvent = league.Schedule($"Home {i:0000}", $"Away {i:0000}", kickOff);
            for (var j = 0; j < BetsPerEvent; j++)
            {
                var odds = new Odds(Math.Round(1.5m + ((decimal)random.NextDouble() * 3m), 2));
                var stake = new Money(Math.Round(5m + ((decimal)random.NextDouble() * 95m), 2), "EUR");
                bets.Add(Bet.Place(sportEvent, league.Competition, bookmaker, userId, Picks[random.Next(Picks.Length)], odds, stake,
                    kickOff.AddDays(-1), BetOrigin.Manual, kickOff.AddDays(-1)));
            }

            sportEvent.Complete(new Score(random.Next(5), random.Next(4)), null);
            events.Add(sportEvent);
        }

        await using var db = _database.NewContext();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.AddRange([.. league.Entities, bookmaker, .. events]);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        foreach (var chunk in bets.Chunk(10_000))
        {
            db.AddRange(chunk);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        return league.Organization.Id;
    }
}
