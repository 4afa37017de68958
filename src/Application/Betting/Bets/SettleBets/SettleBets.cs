using CleanPlatform.Application.Betting.Bets.Common;
using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Common.Persistence;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Identity;

namespace CleanPlatform.Application.Betting.Bets.SettleBets;

/// <summary>
/// Settles the caller's organization's pending bets whose event has a final score, and voids those whose event was
/// cancelled, or postponed and not played within <see cref="VoidAfter"/> of kick-off. Set-based: one read, then one
/// update per batch of bets with the same result, each raising <see cref="Domain.Betting.Events.BetSettled"/>. A
/// second run finds nothing pending left to settle.
/// </summary>
[Authorize(Roles.Admin, Roles.Advisor, Roles.Member), Audited("Bet")]
public sealed record SettleBets : ICommand<SettlementRunDto>
{
    /// <summary>How long a postponed event may wait for its result before its bets are void (betting.md §4).</summary>
    public static readonly TimeSpan VoidAfter = TimeSpan.FromHours(36);
}

public sealed class SettleBetsHandler(IBettingDb db, IEventOutbox outbox, IOrganizationLocks locks, AuditedUpdates updates,
    ICurrentUser user, TimeProvider time) : ICommandHandler<SettleBets, SettlementRunDto>
{
    public async ValueTask<SettlementRunDto> Handle(SettleBets command, CancellationToken cancellationToken)
    {
        var organizationId = user.RequireOrganizationId();
        // One run at a time per organization, so two runs never settle the same bet twice.
        await locks.AcquireAsync(nameof(SettleBets), organizationId, cancellationToken);
        var now = time.GetUtcNow();
        var pending = await PendingAsync(now - SettleBets.VoidAfter, cancellationToken);
        var byId = pending.ToDictionary(p => p.Id);
        var (settled, voided) = (0, 0);
        var events = new List<IDomainEvent>();
        var batches = BetBatches.Of(pending, p => (Settlement: p.Settle(), p.HomeGoals, p.AwayGoals, p.Version), p => p.Id);
        foreach (var ((settlement, home, away, version), ids) in batches)
        {
            var done = await SettleAsync(ids, version, settlement, home, away, now, cancellationToken);
            events.AddRange(done.Select(id => byId[id])
                .Select(p => Bet.Settled(p.Id, organizationId, p.UserId, p.StakeCurrency, settlement, now)));
            if (settlement.Status == BetStatus.Void)
                voided += done.Count;
            else
                settled += done.Count;
        }

        outbox.Record(events);
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

    /// <summary>
    /// Writes one batch; only rows still pending at the version read are changed, so a bet edited or voided meanwhile is
    /// left as its editor made it. Returns the ids changed.
    /// </summary>
    private async Task<IReadOnlySet<Guid>> SettleAsync(Guid[] ids, int version, RecordedSettlement settlement, int? home,
        int? away, DateTimeOffset now, CancellationToken ct)
    {
        var rows = db.Bets.Where(b => ids.Contains(b.Id) && b.Status == BetStatus.Pending && b.Version == version);
        var changed = await updates.ExecuteAsync(rows, s => s
            .SetProperty(b => b.Status, settlement.Status)
            .SetProperty(b => b.Payout, settlement.Payout)
            .SetProperty(b => b.Profit, settlement.Profit)
            .SetProperty(b => b.DeadHeatFraction, settlement.DeadHeatFraction)
            .SetProperty(b => b.SettledHomeGoals, home)
            .SetProperty(b => b.SettledAwayGoals, away)
            .SetProperty(b => b.SettledAt, now), ct);
        if (changed == ids.Length)
            return ids.ToHashSet();
        // Rare: someone changed a bet of the batch in between. Ask which rows this statement wrote.
        return (await db.Bets.AsNoTracking()
            .Where(b => ids.Contains(b.Id) && b.Version == version + 1 && b.SettledAt == now && b.Status == settlement.Status)
            .Select(b => b.Id).ToListAsync(ct)).ToHashSet();
    }
}
