namespace CleanPlatform.Application.Betting.Opportunities.RunAgents;

/// <summary>What an agent run did.</summary>
/// <param name="Replay">Whether it replayed completed events (true) or scanned upcoming ones.</param>
/// <param name="Events">Events scanned.</param>
/// <param name="Boards">Markets scanned (one event's market at one line).</param>
/// <param name="Raised">Opportunities raised for the first time.</param>
/// <param name="Updated">Opportunities moved onto fresher prices.</param>
/// <param name="Closed">Opportunities given their closing line value and result.</param>
/// <param name="ByAgent">Opportunities raised or updated, per agent.</param>
public sealed record AgentRunDto(bool Replay, int Events, int Boards, int Raised, int Updated, int Closed,
    IReadOnlyList<AgentCountDto> ByAgent);
