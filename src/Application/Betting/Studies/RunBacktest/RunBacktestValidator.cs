using CleanPlatform.Application.Betting.Opportunities.Common;
using CleanPlatform.Application.Betting.Studies.Common;
using FluentValidation;

namespace CleanPlatform.Application.Betting.Studies.RunBacktest;

public sealed class RunBacktestValidator : AbstractValidator<RunBacktest>
{
    public RunBacktestValidator()
    {
        Include(new StudyFilterValidator());
        RuleFor(q => q.BetBookmaker).NotEmpty().MaximumLength(64);
        RuleFor(q => q.Agent).Must(a => a is null || AgentLineUp.Keys.Contains(a))
            .WithMessage($"'agent' is one of {string.Join(", ", AgentLineUp.Keys)}.");
        RuleFor(q => q.FairBookmaker).NotEmpty().MaximumLength(64);
        RuleFor(q => q.BetSnapshot).IsInEnum();
        RuleFor(q => q.FairSnapshot).IsInEnum();
        RuleFor(q => q.Method).IsInEnum();
        RuleFor(q => q.MinimumEv).InclusiveBetween(-1m, 10m);
        RuleFor(q => q.Markets).Must(m => m is null || m.Count <= 5).WithMessage("Name at most 5 markets.");
        RuleForEach(q => q.Markets).IsInEnum();
        RuleFor(q => q.Staking).IsInEnum();
        RuleFor(q => q.Stake).GreaterThan(0m).LessThanOrEqualTo(1_000_000_000m);
        RuleFor(q => q.Share).GreaterThan(0m).LessThanOrEqualTo(1m);
        RuleFor(q => q.KellyMultiplier).GreaterThan(0m).LessThanOrEqualTo(1m);
        RuleFor(q => q.KellyCap).GreaterThan(0m).LessThanOrEqualTo(1m).When(q => q.KellyCap is not null);
        RuleFor(q => q.Bankroll).GreaterThan(0m).LessThanOrEqualTo(1_000_000_000m);
    }
}
