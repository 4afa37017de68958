namespace CleanPlatform.Application.Betting.Analytics.ListAgentPerformance;

/// <summary>The agents of <see cref="ListAgentPerformance"/>, amounts in <c>Currency</c>.</summary>
public sealed record AgentPerformanceListDto(
    string Period, string? Currency, IReadOnlyList<string> OtherCurrencies, IReadOnlyList<AgentPerformanceDto> Items);
