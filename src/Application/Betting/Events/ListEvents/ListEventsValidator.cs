using CleanPlatform.Application.Common.Models;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Events.ListEvents;

public sealed class ListEventsValidator : AbstractValidator<ListEvents>
{
    public ListEventsValidator()
    {
        Include(new PagedQueryValidator());
        RuleFor(x => x.Team).MaximumLength(SportEvent.TeamMaxLength);
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.KickOffTo).GreaterThan(x => x.KickOffFrom)
            .When(x => x.KickOffFrom is not null && x.KickOffTo is not null)
            .WithMessage("'kickOffTo' must be after 'kickOffFrom'.");
    }
}
