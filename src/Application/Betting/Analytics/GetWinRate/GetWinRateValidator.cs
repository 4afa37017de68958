using CleanPlatform.Application.Betting.Analytics.Common;

namespace CleanPlatform.Application.Betting.Analytics.GetWinRate;

public sealed class GetWinRateValidator : AbstractValidator<GetWinRate>
{
    public GetWinRateValidator()
    {
        Include(new AnalyticsQueryValidator());
        RuleFor(x => x.Bucket).MaximumLength(GetWinRate.Month.Length)
            .Must(b => b is null || b.Trim().ToLowerInvariant() is GetWinRate.Week or GetWinRate.Month)
            .WithMessage($"'bucket' must be {GetWinRate.Week} or {GetWinRate.Month}.");
    }
}
