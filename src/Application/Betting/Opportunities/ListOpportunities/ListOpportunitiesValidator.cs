using CleanPlatform.Application.Common.Models;
using CleanPlatform.Domain.Betting;
using FluentValidation;

namespace CleanPlatform.Application.Betting.Opportunities.ListOpportunities;

public sealed class ListOpportunitiesValidator : AbstractValidator<ListOpportunities>
{
    public ListOpportunitiesValidator()
    {
        Include(new PagedQueryValidator());
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Label).IsInEnum();
        RuleFor(x => x.Agent).MaximumLength(Opportunity.AgentKeyMaxLength);
        RuleFor(x => x.MinEdge).InclusiveBetween(-1m, 1m);
        RuleFor(x => x.KickOffWithinHours).InclusiveBetween(1, ListOpportunities.MaxKickOffWithinHours);
    }
}
