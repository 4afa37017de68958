using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Betting.Agents;

namespace CleanPlatform.Application.Betting.Opportunities.Common;

/// <summary>An event as the agents read it: its market boards at decision time and, once it finished, its score.</summary>
public sealed record AgentEvent(
    Guid EventId, Guid SportId, Guid CompetitionId, DateTimeOffset KickOffUtc, Score? Score, IReadOnlyList<MarketBoard> Boards);
