using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Betting.Studies.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.RunBacktest;

/// <summary>
/// Replays the value rule over the organization's completed matches that pass the filter (betting.md §3, §6, §10):
/// for each match in kick-off order (same-time matches in file order), each market and each outcome in market order,
/// back the <paramref name="BetBookmaker"/>'s price when its EV against the fair probability (the
/// <paramref name="Method"/> devig of the <paramref name="FairBookmaker"/>'s market at the same line, or the worst
/// EV over every method) is above <paramref name="MinimumEv"/>; stake by the staking plan on the bankroll of that
/// moment, and settle at once with the settlement engine, unrounded. With <paramref name="Agent"/> (<c>anomaly</c>,
/// <c>spread</c> or <c>pattern</c>) the detection agent decides instead (<see cref="AgentBacktest"/>). Any member may
/// run it.
/// </summary>
[Authorize]
public sealed record RunBacktest(
    IReadOnlyList<string>? Competitions = null,
    IReadOnlyList<string>? Seasons = null,
    DateOnly? DateFrom = null,
    DateOnly? DateTo = null,
    string BetBookmaker = "b365",
    SnapshotKind BetSnapshot = SnapshotKind.PreClosing,
    string FairBookmaker = ClosingLine.Reference,
    SnapshotKind FairSnapshot = SnapshotKind.Closing,
    DevigMethod Method = DevigMethod.Multiplicative,
    bool WorstCase = false,
    decimal MinimumEv = 0.02m,
    IReadOnlyList<MarketKind>? Markets = null,
    BacktestStaking Staking = BacktestStaking.Flat,
    decimal Stake = 1m,
    decimal Share = 0.01m,
    decimal KellyMultiplier = 0.25m,
    decimal? KellyCap = null,
    decimal Bankroll = 1000m,
    string? Agent = null) : IQuery<BacktestDto>, IStudyFilter
{
    /// <summary>The most bets one backtest places; it stops there (15 a match at the most matches a filter reads).</summary>
    public const int MaxBets = IStudyFilter.MaxMatches * 15;

    /// <summary>The markets backed when none are named: 1X2.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<MarketKind> MarketsOrDefault => Markets is { Count: > 0 } ? Markets : [MarketKind.MatchResult];
}

public sealed class RunBacktestHandler(IBettingDb db) : IQueryHandler<RunBacktest, BacktestDto>
{
    public async ValueTask<BacktestDto> Handle(RunBacktest query, CancellationToken cancellationToken) =>
        await BacktestReplay.RunAsync(db, query, cancellationToken);
}
