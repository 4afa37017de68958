using CleanPlatform.Application.Betting.Bets.Common;
using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Common.Exceptions;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Bets.GetBet;

/// <summary>One of the organization's bets; every member may read them, Viewers included.</summary>
[Authorize]
public sealed record GetBet(Guid Id) : IQuery<BetDto>;

public sealed class GetBetHandler(IBettingDb db) : IQueryHandler<GetBet, BetDto>
{
    public async ValueTask<BetDto> Handle(GetBet query, CancellationToken cancellationToken) =>
        BetDto.From(await db.Bets.AsNoTracking().SingleOrDefaultAsync(b => b.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException(nameof(Bet), query.Id));
}
