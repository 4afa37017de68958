using CleanPlatform.Application.Betting.Bets.Common;
using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Common.Models;
using CleanPlatform.Domain.Identity;

namespace CleanPlatform.Application.Betting.Bets.DeleteBet;

/// <summary>Deletes a bet recorded by mistake, whatever its status; the audit trail keeps who deleted which.</summary>
[Authorize(Roles.Admin, Roles.Advisor, Roles.Member), Audited("Bet")]
public sealed record DeleteBet(Guid Id) : ICommand, IHasId;

public sealed class DeleteBetHandler(IBettingDb db, ICurrentUser user) : ICommandHandler<DeleteBet>
{
    public async ValueTask<Unit> Handle(DeleteBet command, CancellationToken cancellationToken)
    {
        var bet = await db.Bets.FindToChangeAsync(command.Id, user, cancellationToken);
        db.Bets.Remove(bet);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
