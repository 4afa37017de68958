using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Application.Betting.Opportunities.Common;
using CleanPlatform.Application.Betting.Settings.Common;
using CleanPlatform.Application.Betting.Studies.Common;
using CleanPlatform.Application.Common.Exceptions;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Betting.Agents;
using CleanPlatform.Domain.Identity;

namespace CleanPlatform.Application.Betting.Opportunities.RunAgents;

/// <summary>
/// Runs the organization's detection agents. A scan (the default) reads the upcoming events' latest prices and raises,
/// updates or withdraws open opportunities; the pattern matcher first learns from up to
/// <see cref="IStudyFilter.MaxMatches"/> of the latest completed events. A replay (<paramref name="Replay"/>, the
/// backtest engine's mode) walks the completed events of the filter in kick-off order, each kick-off time scanned on
/// its pre-closing prices before its results teach the pattern matcher, so no decision sees its own future. Either
/// way, every opportunity whose event has finished then gets its closing line value and result, and the opportunities
/// scanned are scored. The settings choose the agents (a replay needs the backtest agent on) and θ, their minimum
/// EV. Running it twice on the same prices changes nothing.
/// </summary>
[Authorize(Roles.Admin, Roles.Advisor), Audited("Opportunity")]
public sealed record RunAgents(
    bool Replay = false, IReadOnlyList<string>? Competitions = null, IReadOnlyList<string>? Seasons = null,
    DateOnly? DateFrom = null, DateOnly? DateTo = null) : ICommand<AgentRunDto>, IStudyFilter
{
    /// <summary>How far ahead a scan looks for upcoming events.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(14);
}

public sealed class RunAgentsHandler(IBettingDb db, IOrganizationLocks locks, ICurrentUser user, TimeProvider time)
    : ICommandHandler<RunAgents, AgentRunDto>
{
    public async ValueTask<AgentRunDto> Handle(RunAgents command, CancellationToken cancellationToken)
    {
        var organizationId = user.RequireOrganizationId();
        // One run at a time per organization: two would raise the same opportunity twice.
        await locks.AcquireAsync(nameof(RunAgents), organizationId, cancellationToken);
        var now = time.GetUtcNow();
        var settings = await db.OfAsync(organizationId, cancellationToken);
        // Agent D, the backtest engine, is the replay: switched off, only scans run.
        if (command.Replay && !settings.BacktestAgent)
            throw new ConflictException("betting.backtest_agent_off", "The backtest agent is switched off in the betting settings; switch it on to replay history.");
        var lineUp = new AgentLineUp(new AgentRules(threshold: settings.MinimumEdge), EnabledAgents(settings));
        var (scope, scanned, signals) = command.Replay
            ? await ReplayAsync(command, lineUp, cancellationToken)
            : await ScanAsync(lineUp, now, cancellationToken);
        var (raised, updated) = await OpportunityUpserts.ApplyAsync(db, organizationId, scope, signals, withdrawUnseen: !command.Replay, now,
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var closed = await OpportunityCloses.ApplyAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await OpportunityRatings.ApplyAsync(db, scope, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new AgentRunDto(command.Replay, scanned.Count, scanned.Sum(e => e.Boards.Count), raised, updated, closed,
            [.. signals.GroupBy(s => s.Agent.Key).Select(g => new AgentCountDto(g.Key, g.Count())).OrderBy(c => c.Agent, StringComparer.Ordinal)]);
    }

    private static List<string> EnabledAgents(BettingSettings settings) =>
    [
        .. settings.AnomalyAgent ? [AnomalyDetector.AgentKey] : Array.Empty<string>(),
        .. settings.SpreadAgent ? [SpreadOptimizer.AgentKey] : Array.Empty<string>(),
        .. settings.PatternAgent ? [PatternMatcher.AgentKey] : Array.Empty<string>(),
    ];

    private async Task<(IQueryable<SportEvent>, IReadOnlyList<AgentEvent>, List<AgentFinding>)> ReplayAsync(
        RunAgents command, AgentLineUp lineUp, CancellationToken ct)
    {
        var events = await StudyMatches.WithinLimitAsync(db, command, ct);
        var loaded = await AgentEvents.LoadAsync(db, events, asOf: null, ct);
        var findings = new List<AgentFinding>();
        // Matches kicking off together are all decided before any of their results is known.
        foreach (var kickOff in loaded.GroupBy(e => e.KickOffUtc))
        {
            foreach (var sportEvent in kickOff)
                findings.AddRange(AgentFinding.Scan(lineUp, sportEvent));
            foreach (var sportEvent in kickOff)
                lineUp.Learn(sportEvent);
        }
        return (events, loaded, findings);
    }

    private async Task<(IQueryable<SportEvent>, IReadOnlyList<AgentEvent>, List<AgentFinding>)> ScanAsync(
        AgentLineUp lineUp, DateTimeOffset now, CancellationToken ct)
    {
        if (lineUp.Agents.Contains(lineUp.Pattern))
        {
            var completed = db.SportEvents.AsNoTracking()
                .Where(e => e.Status == EventStatus.Completed && e.HomeGoals != null && e.AwayGoals != null && e.KickOffUtc < now);
            var oldest = await completed.OrderByDescending(e => e.KickOffUtc).Skip(IStudyFilter.MaxMatches - 1)
                .Select(e => (DateTimeOffset?)e.KickOffUtc).FirstOrDefaultAsync(ct);
            if (oldest is { } from)
                completed = completed.Where(e => e.KickOffUtc >= from);
            foreach (var past in await AgentEvents.LoadAsync(db, completed, asOf: now, ct))
                lineUp.Learn(past);
        }

        var until = now + RunAgents.Horizon;
        var upcoming = db.SportEvents.AsNoTracking()
            .Where(e => e.Status == EventStatus.Scheduled && e.KickOffUtc > now && e.KickOffUtc <= until);
        var loaded = await AgentEvents.LoadAsync(db, upcoming, asOf: now, ct);
        var fresh = loaded
            .Select(e => e with { Boards = [.. e.Boards.Where(b => b.DecisionTime >= now - MarketBoards.StalenessLimit)] })
            .ToList();
        return (upcoming, fresh, [.. fresh.SelectMany(e => AgentFinding.Scan(lineUp, e))]);
    }
}
