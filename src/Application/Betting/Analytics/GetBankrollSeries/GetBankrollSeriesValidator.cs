using CleanPlatform.Application.Betting.Analytics.Common;

namespace CleanPlatform.Application.Betting.Analytics.GetBankrollSeries;

public sealed class GetBankrollSeriesValidator : AbstractValidator<GetBankrollSeries>
{
    public GetBankrollSeriesValidator() => Include(new AnalyticsQueryValidator());
}
