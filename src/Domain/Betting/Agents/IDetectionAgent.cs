namespace CleanPlatform.Domain.Betting.Agents;

/// <summary>
/// A detection agent: reads a market board and raises the prices it rates as value. An agent is pure: the same board
/// and history give the same signals, so a replay over stored history (the backtest engine) reproduces it exactly.
/// </summary>
public interface IDetectionAgent
{
    /// <summary>The agent's key in settings, on opportunities and on bets.</summary>
    string Key { get; }

    /// <summary>The version of its method; stored on every opportunity it raises.</summary>
    string Version { get; }

    /// <summary>The signals on <paramref name="board"/>, at most one per selection.</summary>
    IReadOnlyList<AgentSignal> Scan(MarketBoard board);
}
