using CleanPlatform.Application.Betting.Analytics.Common;

namespace CleanPlatform.Application.Betting.Analytics.ListAgentPerformance;

public sealed class ListAgentPerformanceValidator : AbstractValidator<ListAgentPerformance>
{
    public ListAgentPerformanceValidator() => Include(new AnalyticsQueryValidator());
}
