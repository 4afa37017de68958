using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Betting.Opportunities.Common;
using CleanPlatform.Application.Common.Exceptions;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Opportunities.GetOpportunity;

/// <summary>One of the organization's opportunities with its full audit; every member may read it.</summary>
[Authorize]
public sealed record GetOpportunity(Guid Id) : IQuery<OpportunityDto>;

public sealed class GetOpportunityHandler(IBettingDb db, TimeProvider time) : IQueryHandler<GetOpportunity, OpportunityDto>
{
    public async ValueTask<OpportunityDto> Handle(GetOpportunity query, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.AsNoTracking().SingleOrDefaultAsync(o => o.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(Opportunity), query.Id);
        var rows = await OpportunityRows.OfAsync(db, [opportunity], cancellationToken);
        return rows[0].ToDto(time.GetUtcNow());
    }
}
