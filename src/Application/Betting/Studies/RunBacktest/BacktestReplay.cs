using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Betting.Studies.Common;

namespace CleanPlatform.Application.Betting.Studies.RunBacktest;

/// <summary>
/// A backtest played over matches in replay order, all at once or a chunk at a time (a long run in the background):
/// the ledger carries the bankroll from one chunk to the next, so both give the same result. A chunk must hold every
/// match of each kick-off time it reaches (<see cref="BacktestChunks"/>), as an agent decides a kick-off time's matches
/// before any of their results teaches it.
/// </summary>
internal abstract class BacktestReplay(RunBacktest rule)
{
    protected RunBacktest Rule { get; } = rule;

    protected BacktestLedger Ledger { get; } = new(rule.Bankroll);

    /// <summary>Replays <paramref name="matches"/>, in order, after those already played.</summary>
    public abstract void Play(IReadOnlyList<StudyMatch> matches);

    public BacktestDto Result() => Ledger.ToDto();

    /// <summary>Replays <paramref name="rule"/> over every match of its filter at once (at most a study's limit).</summary>
    public static async Task<BacktestDto> RunAsync(IBettingDb db, RunBacktest rule, CancellationToken ct)
    {
        var matches = await StudyMatches.LoadAsync(db, rule, BookmakersOf(rule), ct);
        var replay = For(rule, await AggregatesAsync(db, rule, ct));
        replay.Play(matches);
        return replay.Result();
    }

    /// <summary>The books that are market averages, which an agent reads apart; none for the value rule.</summary>
    public static async Task<IReadOnlySet<string>> AggregatesAsync(IBettingDb db, RunBacktest rule, CancellationToken ct)
    {
        if (rule.Agent is null)
            return new HashSet<string>(StringComparer.Ordinal);
        var keys = await db.Bookmakers.AsNoTracking().Where(b => b.IsAggregate).Select(b => b.Key).ToListAsync(ct);
        return keys.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The bookmakers whose prices <paramref name="rule"/> reads; null: every book (an agent reads the whole market).</summary>
    public static IReadOnlyCollection<string>? BookmakersOf(RunBacktest rule) => rule.Agent is null
        ? [rule.BetBookmaker, rule.FairBookmaker, ClosingLine.Reference, ClosingLine.Fallback]
        : null;

    /// <summary>The replay of <paramref name="rule"/>: the value rule, or its agent (<paramref name="aggregates"/> are the books that are averages).</summary>
    public static BacktestReplay For(RunBacktest rule, IReadOnlySet<string> aggregates) => rule.Agent is null
        ? new ValueRuleBacktest(rule)
        : new AgentBacktest(rule, aggregates);
}
