using CleanPlatform.Application.Betting.Bets.Common;
using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Common.Persistence;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Infrastructure.Betting.Persistence;

/// <summary>
/// Every provider: one <c>ExecuteUpdate</c> per batch of bets with the same values (<see cref="BetBatches"/>), so a run
/// issues as many statements as there are distinct results. Settlements differ in payout, so on real stakes that is
/// about one statement per bet; PostgreSQL has <see cref="PostgresBetSettlementWriter"/> instead.
/// </summary>
internal sealed class BatchedBetSettlementWriter(IBettingDb db, AuditedUpdates updates) : IBetSettlementWriter
{
    public async Task<IReadOnlySet<Guid>> WriteAsync(IReadOnlyList<BetSettlementWrite> settlements, DateTimeOffset settledAt,
        CancellationToken ct)
    {
        var done = new HashSet<Guid>();
        var batches = BetBatches.Of(settlements, s => (s.Settlement, s.HomeGoals, s.AwayGoals, s.Version), s => s.Id);
        foreach (var ((settlement, home, away, version), ids) in batches)
            done.UnionWith(await WriteAsync(ids, version, settlement, home, away, settledAt, ct));
        return done;
    }

    private async Task<IEnumerable<Guid>> WriteAsync(Guid[] ids, int version, RecordedSettlement settlement, int? home,
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
            return ids;
        // Rare: someone changed a bet of the batch in between. Ask which rows this statement wrote.
        return await db.Bets.AsNoTracking()
            .Where(b => ids.Contains(b.Id) && b.Version == version + 1 && b.SettledAt == now && b.Status == settlement.Status)
            .Select(b => b.Id).ToListAsync(ct);
    }
}
