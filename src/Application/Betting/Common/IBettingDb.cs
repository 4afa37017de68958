using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Common;

/// <summary>
/// The Betting module's sets: the sports catalogue, events, bookmakers, the prices collected, the agents'
/// opportunities, the bets placed and each organization's betting settings.
/// </summary>
public interface IBettingDb : IModuleDb
{
    DbSet<Sport> Sports { get; }

    DbSet<Competition> Competitions { get; }

    DbSet<Season> Seasons { get; }

    DbSet<SportEvent> SportEvents { get; }

    DbSet<Bookmaker> Bookmakers { get; }

    /// <summary>Prices, millions of rows: read them with filters on an event or a capture time, and write them in bulk.</summary>
    DbSet<OddsSnapshot> OddsSnapshots { get; }

    DbSet<Bet> Bets { get; }

    /// <summary>What the detection agents raised, with their audit.</summary>
    DbSet<Opportunity> Opportunities { get; }
    /// <summary>At most one row per organization; none means the defaults.</summary>
    DbSet<BettingSettings> BettingSettings { get; }

    /// <summary>Where each organization's Odds API collection stands: at most one row per organization.</summary>
    DbSet<OddsCollectionState> OddsCollectionStates { get; }

    /// <summary>Members' alert preferences: at most one row per member.</summary>
    DbSet<AlertPreferences> AlertPreferences { get; }

    /// <summary>Alerts raised, one per member and key, so nothing is alerted twice.</summary>
    DbSet<Alert> Alerts { get; }

    /// <summary>Backtests asked for, with their progress and, once done, their result.</summary>
    DbSet<BacktestRun> BacktestRuns { get; }
}
