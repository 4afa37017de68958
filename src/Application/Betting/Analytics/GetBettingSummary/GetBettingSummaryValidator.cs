using CleanPlatform.Application.Betting.Analytics.Common;

namespace CleanPlatform.Application.Betting.Analytics.GetBettingSummary;

public sealed class GetBettingSummaryValidator : AbstractValidator<GetBettingSummary>
{
    public GetBettingSummaryValidator() => Include(new AnalyticsQueryValidator());
}
