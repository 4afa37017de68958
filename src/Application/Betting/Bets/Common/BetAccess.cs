using CleanPlatform.Application.Common.Exceptions;
using CleanPlatform.Application.Common.Models;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Identity;

namespace CleanPlatform.Application.Betting.Bets.Common;

/// <summary>
/// Loading a bet to change it: one of the organization's (another's is not found), and a Member may change only the
/// bets they placed; Admins and Advisors change any of the organization's. Only a pending bet is edited or voided.
/// </summary>
public static class BetAccess
{
    public static async Task<Bet> FindToChangeAsync(this DbSet<Bet> bets, Guid id, ICurrentUser user, CancellationToken ct)
    {
        var bet = await bets.SingleOrDefaultAsync(b => b.Id == id, ct) ?? throw new NotFoundException(nameof(Bet), id);
        if (bet.UserId != user.RequireUserId() && !user.IsInRole(Roles.Admin) && !user.IsInRole(Roles.Advisor)
            && !user.IsPlatformAdmin)
            throw new ForbiddenException("A Member changes only the bets they placed.");
        return bet;
    }

    /// <summary>A settled or void bet is final: changing it conflicts with its state (409), like a stale version.</summary>
    public static Bet ThatIsPending(this Bet bet) => bet.Status == BetStatus.Pending
        ? bet
        : throw new ConflictException("bet.not_pending", $"The bet is {bet.Status}: only a pending bet can change.");
}
