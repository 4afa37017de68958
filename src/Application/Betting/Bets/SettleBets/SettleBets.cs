using CleanPlatform.Application.Betting.Bets.Common;
using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Common.Persistence;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Identity;

namespace CleanPlatform.Application.Betting.Bets.SettleBets;

/// <summary>
/// Settles the caller's organization's pending bets whose event has a final score, and voids those whose event was
/// cancelled, or postponed and not played within <see cref="VoidAfter"/> of kick-off. Set-based: one read, then the
/// provider's bulk update (<see cref="IBetSettlementWriter"/>), each bet settled raising <see cref="Domain.Betting.Events.BetSettled"/>. A
/// second run finds nothing pending left to settle.
/// </summary>
[Authorize(Roles.Admin, Roles.Advisor, Roles.Member), Audited("Bet")]
public sealed record SettleBets : ICommand<SettlementRunDto>
{
    /// <summary>How long a postponed event may wait for its result before its bets are void (betting.md §4).</summary>
    public static readonly TimeSpan VoidAfter = TimeSpan.FromHours(36);
}

public sealed class SettleBetsHandler(IBettingDb db, IEventOutbox outbox, IOrganizationLocks locks, IBetSettlementWriter writer,
    ICurrentUser user, TimeProvider time) : ICommandHandler<SettleBets, SettlementRunDto>
{
    public async ValueTask<SettlementRunDto> Handle(SettleBets command, CancellationToken cancellationToken)
    {
        var organizationId = user.RequireOrganizationId();
        // One run at a time per organization, so two runs never settle the same bet twice.
        await locks.AcquireAsync(nameof(SettleBets), organizationId, cancellationToken);
        var now = time.GetUtcNow();
        var pending = await PendingAsync(now - SettleBets.VoidAfter, cancellationToken);
        var settlements = pending.Select(p => new BetSettlementWrite(p.Id, p.Version, p.Settle(), p.HomeGoals, p.AwayGoals))
            .ToList();
        // Only rows still pending at the version read are changed, so a bet edited or voided meanwhile is left as its
        // editor made it.
        var done = await writer.WriteAsync(settlements, now, cancellationToken);
        var (settled, voided) = (0, 0);
        var events = new List<IDomainEvent>(done.Count);
        for (var i = 0; i < pending.Count; i++)
        {
            var (bet, settlement) = (pending[i], settlements[i].Settlement);
            if (!done.Contains(bet.Id))
                continue;
            events.Add(Bet.Settled(bet.Id, organizationId, bet.UserId, bet.StakeCurrency, settlement, now));
            if (settlement.Status == BetStatus.Void)
                voided++;
            else
                settled++;
        }

        await outbox.RecordAsync(events, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new SettlementRunDto(settled, voided, pending.Count - settled - voided);
    }

    private Task<List<PendingSettlement>> PendingAsync(DateTimeOffset postponedBefore, CancellationToken ct) =>
        (from b in db.Bets.AsNoTracking()
         join e in db.SportEvents.AsNoTracking() on b.EventId equals e.Id
         where b.Status == BetStatus.Pending
               && ((e.Status == EventStatus.Completed && e.HomeGoals != null && e.AwayGoals != null)
                   || e.Status == EventStatus.Cancelled
                   || (e.Status == EventStatus.Postponed && e.KickOffUtc <= postponedBefore))
         select new PendingSettlement(b.Id, b.UserId, b.Version, b.Market, b.Selection, b.Line, b.Odds, b.Stake.Amount,
             b.Stake.Currency, e.Status, e.HomeGoals, e.AwayGoals)).ToListAsync(ct);
}
