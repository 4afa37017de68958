using CleanPlatform.Application.Betting.Studies.RunBacktest;

namespace CleanPlatform.Application.Betting.Studies.StartBacktest;

/// <summary>The rule is checked as a backtest answered at once checks it, its fields named as the client sent them.</summary>
public sealed class StartBacktestValidator : AbstractValidator<StartBacktest>
{
    private static readonly RunBacktestValidator Rule = new();

    public StartBacktestValidator() =>
        RuleFor(c => c.Rule).NotNull().Custom((rule, context) =>
        {
            if (rule is null)
                return;
            foreach (var failure in Rule.Validate(rule).Errors)
                context.AddFailure(failure);
        });
}
