using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Analytics.Common;

/// <summary>The shape of the filter every analytics query shares; each query's validator includes it.</summary>
public sealed class AnalyticsQueryValidator : AbstractValidator<IAnalyticsQuery>
{
    public AnalyticsQueryValidator()
    {
        RuleFor(x => x.Period).MaximumLength(AnalyticsPeriods.MaxLength).Must(p => AnalyticsPeriods.Lengths.ContainsKey(AnalyticsPeriods.Normalize(p)))
            .WithMessage($"'period' must be one of {string.Join(", ", AnalyticsPeriods.Lengths.Keys)}.");
        RuleFor(x => x.Bookmaker).MaximumLength(Bookmaker.KeyMaxLength);
        RuleFor(x => x.Agent).MaximumLength(BetText.AgentKeyMaxLength);
        RuleFor(x => x.Currency).Length(Currencies.CodeLength).Matches("^[A-Za-z]{3}$")
            .WithMessage("'currency' must be an ISO 4217 code of three letters.");
    }
}
