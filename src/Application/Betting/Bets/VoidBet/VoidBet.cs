using CleanPlatform.Application.Betting.Bets.Common;
using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Common.Models;
using CleanPlatform.Domain.Identity;

namespace CleanPlatform.Application.Betting.Bets.VoidBet;

/// <summary>Voids a pending bet (cancelled, or voided by the bookmaker): the stake comes back, nothing is won or lost.</summary>
[Authorize(Roles.Admin, Roles.Advisor, Roles.Member), Audited("Bet")]
public sealed record VoidBet(Guid Id) : ICommand<BetDto>, IHasId;

public sealed class VoidBetHandler(IBettingDb db, ICurrentUser user, TimeProvider time) : ICommandHandler<VoidBet, BetDto>
{
    public async ValueTask<BetDto> Handle(VoidBet command, CancellationToken cancellationToken)
    {
        var bet = (await db.Bets.FindToChangeAsync(command.Id, user, cancellationToken)).ThatIsPending();
        bet.Void(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return BetDto.From(bet);
    }
}
