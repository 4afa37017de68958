namespace CleanPlatform.Application.Betting.Studies.BacktestRuns;

/// <summary>
/// How backtest runs are split between at once and the background, from configuration section
/// <c>Betting:Backtests</c>.
/// </summary>
public sealed class BacktestRunOptions
{
    public const string Section = "Betting:Backtests";

    /// <summary>A backtest over at most this many matches answers at once; a longer one is queued.</summary>
    public int InlineMatches { get; set; } = 2_000;

    /// <summary>Matches a background run reads and replays together; its progress moves after each chunk.</summary>
    public int ChunkMatches { get; set; } = 1_000;
}
