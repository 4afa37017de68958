using CleanPlatform.Application.Betting.Analytics.Common;

namespace CleanPlatform.Application.Betting.Analytics.ListBookmakerPerformance;

public sealed class ListBookmakerPerformanceValidator : AbstractValidator<ListBookmakerPerformance>
{
    public ListBookmakerPerformanceValidator() => Include(new AnalyticsQueryValidator());
}
