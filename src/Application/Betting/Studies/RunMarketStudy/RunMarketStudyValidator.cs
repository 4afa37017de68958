using CleanPlatform.Application.Betting.Studies.Common;
using FluentValidation;

namespace CleanPlatform.Application.Betting.Studies.RunMarketStudy;

public sealed class RunMarketStudyValidator : AbstractValidator<RunMarketStudy>
{
    public RunMarketStudyValidator() => Include(new StudyFilterValidator());
}
