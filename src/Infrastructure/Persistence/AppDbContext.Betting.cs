using CleanPlatform.Application.Betting.Common;
using CleanPlatform.Domain.Betting;
using Microsoft.EntityFrameworkCore;

namespace CleanPlatform.Infrastructure.Persistence;

public abstract partial class AppDbContext : IBettingDb
{
    public DbSet<Sport> Sports => Set<Sport>();
    public DbSet<Competition> Competitions => Set<Competition>();
    public DbSet<Season> Seasons => Set<Season>();
    public DbSet<SportEvent> SportEvents => Set<SportEvent>();
    public DbSet<Bookmaker> Bookmakers => Set<Bookmaker>();
    public DbSet<OddsSnapshot> OddsSnapshots => Set<OddsSnapshot>();
    public DbSet<Bet> Bets => Set<Bet>();
    public DbSet<Opportunity> Opportunities => Set<Opportunity>();
    public DbSet<BettingSettings> BettingSettings => Set<BettingSettings>();
    public DbSet<OddsCollectionState> OddsCollectionStates => Set<OddsCollectionState>();
    public DbSet<AlertPreferences> AlertPreferences => Set<AlertPreferences>();
    public DbSet<Alert> Alerts => Set<Alert>();
    public DbSet<BacktestRun> BacktestRuns => Set<BacktestRun>();
}
