using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Betting.OddsFeed;
using CleanPlatform.Application.Betting.Settings.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.CollectOdds;

/// <summary>
/// Collects the caller's organization's odds from The Odds API, spending credits only as
/// <see cref="OddsCollectionPlan"/> allows: <c>/events</c> (free) for each configured sport key adds or moves
/// scheduled events, found again by the provider's id; <c>/odds</c> (h2h, totals, spreads in the configured regions)
/// for sports with a due event, stored as snapshots captured at each bookmaker's <c>last_update</c>, the first price
/// of a book, market, line and selection as <see cref="SnapshotKind.Opening"/>, later moves as
/// <see cref="SnapshotKind.Intermediate"/>; <c>/scores</c> for started events still uncompleted. The credits each
/// response reports are recorded. Without a key or sport keys nothing is asked; a refusal by the provider ends the run
/// with <see cref="OddsCollectionOutcome.Refused"/>, keeping what was collected before it.
/// </summary>
[Authorize(Roles.Admin, Roles.Advisor), Audited("OddsCollection")]
public sealed record CollectOdds : ICommand<OddsCollectionRunDto>;

public sealed class CollectOddsHandler(IBettingDb db, IOddsFeed feed, IOddsApiKeys keys, IOddsSnapshotWriter writer,
    IOrganizationLocks locks, ICurrentUser user, TimeProvider time) : ICommandHandler<CollectOdds, OddsCollectionRunDto>
{
    /// <summary>The time zone kept beside the kick-off: the provider gives UTC.</summary>
    public const string SourceTimeZone = "UTC";

    private static readonly OddsFeedMarket[] Markets = [OddsFeedMarket.HeadToHead, OddsFeedMarket.Totals, OddsFeedMarket.Spreads];

    public async ValueTask<OddsCollectionRunDto> Handle(CollectOdds command, CancellationToken cancellationToken)
    {
        var organizationId = user.RequireOrganizationId();
        await locks.AcquireAsync(nameof(CollectOdds), organizationId, cancellationToken);
        var settings = await db.OfAsync(organizationId, cancellationToken);
        if (await keys.GetAsync(organizationId, cancellationToken) is not { } key)
            return OddsCollectionRunDto.NotRun(OddsCollectionOutcome.NoOddsApiKey);
        if (settings.SportKeys.Count == 0)
            return OddsCollectionRunDto.NotRun(OddsCollectionOutcome.NoSportKeys);

        var now = time.GetUtcNow();
        var state = await db.OddsCollectionStates.SingleOrDefaultAsync(s => s.OrganizationId == organizationId, cancellationToken);
        if (state is null)
        {
            state = OddsCollectionState.Start(organizationId, now);
            db.OddsCollectionStates.Add(state);
        }

        var run = new Run(settings, state, key, new OddsFeedCatalog(db, organizationId, now), now);
        try
        {
            foreach (var sportKey in settings.SportKeys)
                await DiscoverAsync(run, sportKey, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var sportKey in settings.SportKeys)
                await CollectOddsAsync(run, sportKey, cancellationToken);
            foreach (var sportKey in settings.SportKeys)
                await CollectScoresAsync(run, sportKey, cancellationToken);
        }
        catch (OddsFeedException ex)
        {
            Record(state, ex.Quota, now);
            run.Refusal = OddsFeedRefusalDto.From(ex);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new(run.Refusal is null ? OddsCollectionOutcome.Collected : OddsCollectionOutcome.Refused, run.EventsAdded,
            run.EventsUpdated, run.OddsRequests, run.SnapshotsStored, run.ScoresRequests, run.EventsCompleted,
            run.SkippedForReserve, state.QuotaRemaining, state.QuotaUsed, run.Refusal);
    }

    private async Task DiscoverAsync(Run run, string sportKey, CancellationToken ct)
    {
        var listed = await feed.ListEventsAsync(run.Key, sportKey, ct);
        Record(run.State, listed.Quota, run.Now);
        var games = listed.Items.Where(e => !string.IsNullOrWhiteSpace(e.HomeTeam) && !string.IsNullOrWhiteSpace(e.AwayTeam)
            && !string.IsNullOrWhiteSpace(e.Id) && e.Id.Length <= SportEvent.ExternalIdMaxLength).ToList();
        if (games.Count == 0)
            return;
        var ids = games.Select(e => e.Id).ToList();
        var known = await db.SportEvents.Where(e => e.ExternalId != null && ids.Contains(e.ExternalId))
            .ToDictionaryAsync(e => e.ExternalId!, StringComparer.Ordinal, ct);
        foreach (var game in games)
        {
            var kickOff = game.CommenceTime.ToUniversalTime();
            if (known.TryGetValue(game.Id, out var existing))
            {
                if (existing.Status != EventStatus.Scheduled || existing.KickOffUtc == kickOff)
                    continue;
                existing.MoveKickOff(kickOff);
                run.EventsUpdated++;
                continue;
            }

            var competition = await run.Catalog.CompetitionAsync(sportKey, game.SportTitle, ct);
            var season = await run.Catalog.SeasonAsync(competition, kickOff, ct);
            var added = SportEvent.Schedule(run.State.OrganizationId, competition.Id, season.Id, game.HomeTeam!,
                game.AwayTeam!, kickOff, kickOff.UtcDateTime, SourceTimeZone, run.Now);
            added.IdentifyAs(game.Id);
            db.SportEvents.Add(added);
            known[game.Id] = added;
            run.EventsAdded++;
        }
    }

    private async Task CollectOddsAsync(Run run, string sportKey, CancellationToken ct)
    {
        var (now, horizon) = (run.Now, run.Now + OddsCollectionPlan.Horizon);
        var upcoming = await EventsOf(sportKey)
            .Where(e => e.Status == EventStatus.Scheduled && e.KickOffUtc > now && e.KickOffUtc <= horizon)
            .ToListAsync(ct);
        var interval = run.Settings.CollectionIntervalMinutes;
        if (!upcoming.Any(e => OddsCollectionPlan.OddsDue(e.KickOffUtc, e.FeedCheckedAt, interval, now)))
            return;
        if (BelowReserve(run))
        {
            run.SkippedForReserve++;
            return;
        }

        var request = new OddsFeedOddsRequest(sportKey, run.Settings.Regions, Markets, CommenceTimeFrom: now,
            CommenceTimeTo: horizon);
        var priced = await feed.GetOddsAsync(run.Key, request, ct);
        run.OddsRequests++;
        Record(run.State, priced.Quota, now);
        run.State.RecordCollection(now);
        // Asked about every upcoming event of the sport, priced or not: none is due again before its cadence.
        foreach (var sportEvent in upcoming)
            sportEvent.CheckedInFeed(now);
        var events = upcoming.ToDictionary(e => e.ExternalId!, StringComparer.Ordinal);
        var eventIds = upcoming.Select(e => e.Id).ToList();
        var stored = await db.OddsSnapshots.AsNoTracking().Where(s => eventIds.Contains(s.EventId))
            .Select(s => new { s.EventId, s.BookmakerId, s.Market, s.Line, s.Selection, s.CapturedAt })
            .ToListAsync(ct);
        var latest = new Dictionary<PriceKey, DateTimeOffset>();
        foreach (var s in stored)
        {
            var priceKey = new PriceKey(s.EventId, s.BookmakerId, s.Market, s.Line, s.Selection);
            if (!latest.TryGetValue(priceKey, out var seen) || s.CapturedAt > seen)
                latest[priceKey] = s.CapturedAt;
        }

        var snapshots = new List<OddsSnapshot>();
        foreach (var item in priced.Items)
        {
            if (!events.TryGetValue(item.Id, out var sportEvent))
                continue;
            foreach (var book in item.Bookmakers)
            {
                var bookmaker = await run.Catalog.BookmakerAsync(book.Key, book.Title, ct);
                foreach (var market in book.Markets)
                {
                    var capturedAt = (market.LastUpdate ?? book.LastUpdate).ToUniversalTime();
                    var line = market.Line ?? 0m;
                    foreach (var price in market.Prices)
                    {
                        var priceKey = new PriceKey(sportEvent.Id, bookmaker.Id, market.Kind, line, price.Selection);
                        var kind = SnapshotKind.Opening;
                        if (latest.TryGetValue(priceKey, out var seen))
                        {
                            if (capturedAt <= seen)
                                continue;
                            kind = SnapshotKind.Intermediate;
                        }

                        latest[priceKey] = capturedAt;
                        snapshots.Add(OddsSnapshot.Capture(run.State.OrganizationId, sportEvent.Id, bookmaker.Id,
                            market.Kind, line, price.Selection, price.Odds, capturedAt, kind));
                    }
                }
            }
        }

        // Bookmakers first: the snapshots refer to them.
        await db.SaveChangesAsync(ct);
        if (snapshots.Count > 0)
            run.SnapshotsStored += await writer.WriteAsync(snapshots, ct);
    }

    private async Task CollectScoresAsync(Run run, string sportKey, CancellationToken ct)
    {
        var now = run.Now;
        var (from, until) = (now.AddDays(-OddsCollectionPlan.ScoresLookBackDays), now - OddsCollectionPlan.ScoresAfter);
        var started = await EventsOf(sportKey)
            .Where(e => e.Status == EventStatus.Scheduled && e.KickOffUtc >= from && e.KickOffUtc <= until)
            .ToListAsync(ct);
        var due = started.Where(e =>
            OddsCollectionPlan.ScoreDue(e.KickOffUtc, e.FeedCheckedAt, run.Settings.CollectionIntervalMinutes, now)).ToList();
        if (due.Count == 0)
            return;
        if (BelowReserve(run))
        {
            run.SkippedForReserve++;
            return;
        }

        var oldest = due.Min(e => e.KickOffUtc);
        var days = Math.Clamp((int)Math.Ceiling((now - oldest).TotalDays), 1, OddsFeedScoresRequest.MaxDaysFrom);
        var scores = await feed.GetScoresAsync(run.Key,
            new OddsFeedScoresRequest(sportKey, days, [.. due.Select(e => e.ExternalId!)]), ct);
        run.ScoresRequests++;
        Record(run.State, scores.Quota, now);
        var byId = due.ToDictionary(e => e.ExternalId!, StringComparer.Ordinal);
        foreach (var sportEvent in due)
            sportEvent.CheckedInFeed(now);
        foreach (var score in scores.Items)
        {
            if (!score.Completed || score is not { HomeScore: { } home, AwayScore: { } away }
                || !byId.TryGetValue(score.Id, out var sportEvent))
                continue;
            sportEvent.Complete(new Score(home, away), null);
            run.EventsCompleted++;
        }
    }

    private IQueryable<SportEvent> EventsOf(string sportKey) =>
        db.SportEvents.Where(e => e.ExternalId != null
            && db.Competitions.Any(c => c.Id == e.CompetitionId && c.Key == sportKey));

    private static bool BelowReserve(Run run) =>
        run.State.QuotaRemaining is { } remaining && remaining <= run.Settings.RequestsReserve;

    private static void Record(OddsCollectionState state, OddsFeedQuota quota, DateTimeOffset at) =>
        state.RecordQuota(quota.Remaining, quota.Used, at);

    private readonly record struct PriceKey(Guid EventId, Guid BookmakerId, MarketKind Market, decimal Line, Selection Selection);

    private sealed class Run(BettingSettings settings, OddsCollectionState state, string key, OddsFeedCatalog catalog,
        DateTimeOffset now)
    {
        public BettingSettings Settings { get; } = settings;
        public OddsCollectionState State { get; } = state;
        public string Key { get; } = key;
        public OddsFeedCatalog Catalog { get; } = catalog;
        public DateTimeOffset Now { get; } = now;
        public int EventsAdded { get; set; }
        public int EventsUpdated { get; set; }
        public int OddsRequests { get; set; }
        public int SnapshotsStored { get; set; }
        public int ScoresRequests { get; set; }
        public int EventsCompleted { get; set; }
        public int SkippedForReserve { get; set; }
        public OddsFeedRefusalDto? Refusal { get; set; }
    }
}
