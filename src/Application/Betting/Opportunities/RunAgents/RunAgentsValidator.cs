using CleanPlatform.Application.Betting.Studies.Common;
using FluentValidation;

namespace CleanPlatform.Application.Betting.Opportunities.RunAgents;

public sealed class RunAgentsValidator : AbstractValidator<RunAgents>
{
    public RunAgentsValidator()
    {
        Include(new StudyFilterValidator());
        RuleFor(x => x.Competitions).Must(c => c is null || c.Count == 0).When(x => !x.Replay)
            .WithMessage("A scan reads every upcoming event; filters apply to replays only.");
        RuleFor(x => x.Seasons).Must(c => c is null || c.Count == 0).When(x => !x.Replay)
            .WithMessage("A scan reads every upcoming event; filters apply to replays only.");
        RuleFor(x => x.DateFrom).Null().When(x => !x.Replay).WithMessage("A scan reads every upcoming event; filters apply to replays only.");
        RuleFor(x => x.DateTo).Null().When(x => !x.Replay).WithMessage("A scan reads every upcoming event; filters apply to replays only.");
    }
}
