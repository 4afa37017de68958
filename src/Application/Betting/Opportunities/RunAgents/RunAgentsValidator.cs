using CleanPlatform.Application.Betting.Studies.Common;
using FluentValidation;

namespace CleanPlatform.Application.Betting.Opportunities.RunAgents;

public sealed class RunAgentsValidator : AbstractValidator<RunAgents>
{
    private const string ScanTakesNoFilter = "A scan reads every upcoming event; filters apply to replays only.";

    public RunAgentsValidator()
    {
        Include(new StudyFilterValidator());
        When(x => !x.Replay, () =>
        {
            RuleFor(x => x.Competitions).Must(c => c is null || c.Count == 0).WithMessage(ScanTakesNoFilter);
            RuleFor(x => x.Seasons).Must(c => c is null || c.Count == 0).WithMessage(ScanTakesNoFilter);
            RuleFor(x => x.DateFrom).Null().WithMessage(ScanTakesNoFilter);
            RuleFor(x => x.DateTo).Null().WithMessage(ScanTakesNoFilter);
        });
    }
}
