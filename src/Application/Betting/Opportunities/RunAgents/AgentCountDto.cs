namespace CleanPlatform.Application.Betting.Opportunities.RunAgents;

/// <summary>How many opportunities one agent raised or updated in a run.</summary>
public sealed record AgentCountDto(string Agent, int Opportunities);
