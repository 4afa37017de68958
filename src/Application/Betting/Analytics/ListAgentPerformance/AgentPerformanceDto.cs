using CleanPlatform.Application.Betting.Analytics.Common;

namespace CleanPlatform.Application.Betting.Analytics.ListAgentPerformance;

/// <summary>
/// How one agent's settled bets performed (<c>AgentKey</c> null: recorded by hand). <c>MaxDrawdown</c> is in money over
/// the agent's end-of-day cumulative profit from 0; <c>Sharpe</c> is the mean ÷ sample standard deviation of its daily
/// returns (each day's profit ÷ that day's turnover), not annualized, null with fewer than two days.
/// </summary>
public sealed record AgentPerformanceDto(string? AgentKey, PerformanceDto Performance, decimal MaxDrawdown, double? Sharpe, int Days);
