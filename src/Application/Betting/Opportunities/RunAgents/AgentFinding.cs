using CleanPlatform.Application.Betting.Opportunities.Common;
using CleanPlatform.Domain.Betting.Agents;

namespace CleanPlatform.Application.Betting.Opportunities.RunAgents;

/// <summary>One agent's signal on one board of one event.</summary>
internal sealed record AgentFinding(AgentEvent Event, IDetectionAgent Agent, MarketBoard Board, AgentSignal Signal)
{
    /// <summary>What every agent of <paramref name="lineUp"/> finds on the boards of <paramref name="sportEvent"/>.</summary>
    public static IEnumerable<AgentFinding> Scan(AgentLineUp lineUp, AgentEvent sportEvent) =>
        from board in sportEvent.Boards
        from agent in lineUp.Agents
        from signal in agent.Scan(board)
        select new AgentFinding(sportEvent, agent, board, signal);
}
