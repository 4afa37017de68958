using OddsValue = CleanPlatform.Domain.Common.Odds;

namespace CleanPlatform.Application.Betting.Settings.SuggestStake;

public sealed class SuggestStakeValidator : AbstractValidator<SuggestStake>
{
    public SuggestStakeValidator()
    {
        RuleFor(x => x.Odds).GreaterThan(1m).LessThanOrEqualTo(OddsValue.Max);
        RuleFor(x => x.Probability).InclusiveBetween(0.0, 1.0);
        RuleFor(x => x.Fraction).GreaterThan(0m).LessThanOrEqualTo(1m).When(x => x.Fraction is not null);
    }
}
