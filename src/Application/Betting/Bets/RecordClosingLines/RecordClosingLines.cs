using CleanPlatform.Application.Betting.Bets.Common;
using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Common.Persistence;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Identity;

namespace CleanPlatform.Application.Betting.Bets.RecordClosingLines;

/// <summary>
/// Gives the caller's organization's bets without closing odds, on events that kicked off at least
/// <see cref="AfterKickOff"/> ago or whose result is in (a played match's market has closed), their closing odds and CLV from stored prices (betting.md §5). Set-based: one read of
/// the bets, one of the prices, then one update per batch of bets with the same close. A bet with no usable close keeps
/// a null CLV; a second run changes nothing. A handicap or total whose line moved by at most half a goal before the close is
/// re-priced at its own line from a goal model fitted once per event (<see cref="Domain.Betting.Goals.LineRepricing"/>),
/// the close at the other line kept beside it.
/// </summary>
[Authorize(Roles.Admin, Roles.Advisor, Roles.Member), Audited("Bet")]
public sealed record RecordClosingLines : ICommand<ClosingLineRunDto>
{
    /// <summary>How long after kick-off the close is taken: late prices have arrived by then.</summary>
    public static readonly TimeSpan AfterKickOff = TimeSpan.FromMinutes(10);
}

public sealed class RecordClosingLinesHandler(IBettingDb db, IOrganizationLocks locks, AuditedUpdates updates,
    ICurrentUser user, TimeProvider time) : ICommandHandler<RecordClosingLines, ClosingLineRunDto>
{
    public async ValueTask<ClosingLineRunDto> Handle(RecordClosingLines command, CancellationToken cancellationToken)
    {
        var organizationId = user.RequireOrganizationId();
        await locks.AcquireAsync(nameof(RecordClosingLines), organizationId, cancellationToken);
        var kickedOffBy = time.GetUtcNow() - RecordClosingLines.AfterKickOff;
        var unclosed = db.Bets.AsNoTracking().Where(b => b.Status != BetStatus.Void && b.ClosingOdds == null);
        var events = db.SportEvents.AsNoTracking()
            .Where(e => (e.KickOffUtc <= kickedOffBy || e.Status == EventStatus.Completed) && unclosed.Any(b => b.EventId == e.Id));
        var bets = await (from b in unclosed
                          join e in events on b.EventId equals e.Id
                          select new UnclosedBet(b.Id, b.Version, b.EventId, e.KickOffUtc, b.Market, b.Selection, b.Line, b.Odds))
            .ToListAsync(cancellationToken);
        if (bets.Count == 0)
            return new ClosingLineRunDto(0, 0, 0, 0);

        var closes = await EventCloses.LoadAsync(db, events, cancellationToken);
        var closed = bets.Select(b => (Bet: b, Close: b.CloseIn(closes))).Where(c => c.Close is not null).ToList();
        var (recorded, stale) = (0, 0);
        foreach (var ((close, version), ids) in BetBatches.Of(closed, c => (c.Close!, c.Bet.Version), c => c.Bet.Id))
        {
            var changed = await RecordAsync(ids, version, close, cancellationToken);
            recorded += changed;
            stale += close.Stale ? changed : 0;
        }

        return new ClosingLineRunDto(recorded, stale, bets.Count - closed.Count, closed.Count - recorded);
    }

    /// <summary>Writes one batch; a bet closed or changed meanwhile (another version) is left as it is.</summary>
    private Task<int> RecordAsync(Guid[] ids, int version, RecordedClose close, CancellationToken ct) =>
        updates.ExecuteAsync(db.Bets.Where(b => ids.Contains(b.Id) && b.ClosingOdds == null && b.Version == version), s =>
        {
            s.SetProperty(b => b.ClosingOdds, close.ClosingOdds)
                .SetProperty(b => b.ClosingFairProbability, close.FairProbability)
                .SetProperty(b => b.ClvRaw, close.Raw)
                .SetProperty(b => b.ClvFair, close.Fair)
                .SetProperty(b => b.ClvProbability, close.Probability)
                .SetProperty(b => b.ClvLineRepriced, close.LineRepriced)
                .SetProperty(b => b.RepricedFairProbability, close.RepricedFairProbability)
                .SetProperty(b => b.ClvRepricedFair, close.RepricedFair)
                .SetProperty(b => b.ClosingStale, close.Stale);
            // A close at the bet's own line carries no line of its own: it is each bet's.
            if (close.ClosingLine is { } line)
                s.SetProperty(b => b.ClosingLine, line);
            else
                s.SetProperty(b => b.ClosingLine, b => b.Line);
        }, ct);
}
