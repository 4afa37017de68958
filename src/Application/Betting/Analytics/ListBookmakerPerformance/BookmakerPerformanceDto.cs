using CleanPlatform.Application.Betting.Analytics.Common;

namespace CleanPlatform.Application.Betting.Analytics.ListBookmakerPerformance;

/// <summary>How the bets settled at one bookmaker performed.</summary>
public sealed record BookmakerPerformanceDto(Guid BookmakerId, string BookmakerKey, string BookmakerName, PerformanceDto Performance);
