namespace CleanPlatform.Domain.Betting;

/// <summary>Which of the organization's four agents run: each on by default.</summary>
/// <param name="Anomaly">The agent that flags prices far from the devigged market (<c>anomaly</c>).</param>
/// <param name="Spread">The agent that compares bookmakers' prices on one market (<c>spread</c>).</param>
/// <param name="Pattern">The agent that looks for recurring situations in past results (<c>pattern</c>).</param>
/// <param name="Backtest">The agent that re-runs the organization's rules on history (<c>backtest</c>).</param>
public sealed record AgentSwitches(bool Anomaly, bool Spread, bool Pattern, bool Backtest)
{
    public bool Anomaly { get; } = Anomaly;

    public bool Spread { get; } = Spread;

    public bool Pattern { get; } = Pattern;

    public bool Backtest { get; } = Backtest;

    /// <summary>Every agent on.</summary>
    public static AgentSwitches AllOn { get; } = new(true, true, true, true);
}
