using CleanPlatform.Application.Betting.ImportFootballData;

namespace CleanPlatform.Infrastructure.Betting.FootballData;

/// <summary>
/// The columns of one bookmaker's market at one snapshot: every outcome's price and, for Asian handicap, the
/// column holding the home line (over/under has the fixed line 2.5).
/// </summary>
internal sealed record FootballDataPriceGroup(
    string Bookmaker,
    FootballDataMarket Market,
    FootballDataSnapshot Snapshot,
    IReadOnlyList<FootballDataPriceColumn> Outcomes,
    FootballDataColumn? LineColumn,
    decimal? FixedLine);
