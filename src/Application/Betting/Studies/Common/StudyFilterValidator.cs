using FluentValidation;

namespace CleanPlatform.Application.Betting.Studies.Common;

/// <summary>The filter's own rules, included by every study's validator.</summary>
public sealed class StudyFilterValidator : AbstractValidator<IStudyFilter>
{
    public StudyFilterValidator()
    {
        RuleFor(f => f.Competitions).Must(k => k is null || k.Count <= IStudyFilter.MaxKeys)
            .WithMessage($"Name at most {IStudyFilter.MaxKeys} competitions.");
        RuleForEach(f => f.Competitions).NotEmpty().MaximumLength(64);
        RuleFor(f => f.Seasons).Must(k => k is null || k.Count <= IStudyFilter.MaxKeys)
            .WithMessage($"Name at most {IStudyFilter.MaxKeys} seasons.");
        RuleForEach(f => f.Seasons).NotEmpty().MaximumLength(16);
        RuleFor(f => f.DateTo).Must((f, to) => f.DateFrom is null || to is null || f.DateFrom <= to)
            .WithMessage("'dateTo' is on or after 'dateFrom'.");
    }
}
