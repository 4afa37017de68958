using CleanPlatform.Application.Betting.Analytics.Common;
using CleanPlatform.Application.Betting.Common;

namespace CleanPlatform.Application.Betting.Analytics.ListAgentPerformance;

/// <summary>
/// Performance of the bets settled in the period per agent (null: bets recorded by hand), largest turnover first, with
/// each agent's max drawdown and Sharpe ratio over its daily results. Groups sum to the summary's totals. Every member may read it.
/// </summary>
[Authorize]
public sealed record ListAgentPerformance(
    string? Period = null, string? Bookmaker = null, string? Agent = null, Guid? CompetitionId = null, Guid? UserId = null,
    string? Currency = null) : IQuery<AgentPerformanceListDto>, IAnalyticsQuery;

public sealed class ListAgentPerformanceHandler(IBettingDb db, TimeProvider time)
    : IQueryHandler<ListAgentPerformance, AgentPerformanceListDto>
{
    public async ValueTask<AgentPerformanceListDto> Handle(ListAgentPerformance query, CancellationToken cancellationToken)
    {
        var scope = await AnalyticsScope.OfAsync(db, query, time.GetUtcNow(), cancellationToken);
        var groups = await scope.Settled.GroupBy(b => b.AgentKey).Figures().ToListAsync(cancellationToken);
        var days = (await scope.Settled.AgentDaysAsync(cancellationToken)).ToLookup(d => d.Agent);
        var items = groups
            .Select(g => new AgentPerformanceDto(g.Key, PerformanceDto.From(g),
                DailyRisk.MaxDrawdown(days[g.Key].Select(d => d.ProfitOrZero)), DailyRisk.Sharpe(days[g.Key]), days[g.Key].Count()))
            .OrderByDescending(a => a.Performance.Staked).ThenBy(a => a.AgentKey, StringComparer.Ordinal).ToList();
        return new AgentPerformanceListDto(scope.Period, scope.Currency, scope.OtherCurrencies, items);
    }
}
