using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Bets.Common;

/// <summary>
/// Writes a settlement run's results onto its bets, set-based, the way the database provider does it fastest: every
/// provider in batches of bets with the same values, PostgreSQL in one statement over arrays of them.
/// </summary>
public interface IBetSettlementWriter
{
    /// <summary>
    /// Writes each of <paramref name="settlements"/> onto its bet, settled at <paramref name="settledAt"/>, when the
    /// bet is still pending at the version read; stamps the rows as <see cref="CleanPlatform.Application.Common.Persistence.AuditedUpdates"/>
    /// does. Returns the ids of the bets written: a bet edited or voided meanwhile is left as its editor made it.
    /// </summary>
    Task<IReadOnlySet<Guid>> WriteAsync(IReadOnlyList<BetSettlementWrite> settlements, DateTimeOffset settledAt,
        CancellationToken ct);
}

/// <summary>One bet's settlement: the bet at the version read, what it settles to, and the score it settled on.</summary>
public sealed record BetSettlementWrite(Guid Id, int Version, RecordedSettlement Settlement, int? HomeGoals, int? AwayGoals);
