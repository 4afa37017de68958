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
        var row = await OpportunityRows.Of(db, db.Opportunities.AsNoTracking().Where(o => o.Id == query.Id))
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException(nameof(Opportunity), query.Id);
        return row.ToDto(time.GetUtcNow());
    }
}
