namespace CleanPlatform.Domain.Betting.Agents;

/// <summary>
/// How much an agent's word counts in a consensus: its track record, the mean fair CLV of the opportunities it raised
/// whose close is known. Under <see cref="MinimumSample"/> closes it weighs 1; beyond, <c>1 + 20 × mean CLV</c>
/// clamped to 0.25–2, so an agent beating the close by 2.5 % on average weighs 1.5 and one losing 2.5 % weighs 0.5.
/// </summary>
public sealed record AgentTrackRecord(string Agent, int Closed, double? MeanClv)
{
    /// <summary>The agent's key.</summary>
    public string Agent { get; } = Agent;

    /// <summary>How many of its opportunities have a CLV.</summary>
    public int Closed { get; } = Closed;

    /// <summary>Their mean fair CLV.</summary>
    public double? MeanClv { get; } = MeanClv;

    public const int MinimumSample = 20;

    /// <summary>The agent's weight in a consensus.</summary>
    public double Weight => Closed < MinimumSample || MeanClv is not { } clv ? 1.0 : Math.Clamp(1 + (20 * clv), 0.25, 2.0);

    /// <summary>An agent without a record.</summary>
    public static AgentTrackRecord None(string agent) => new(agent, 0, null);
}
