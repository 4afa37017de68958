using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.RunMarketStudy;

/// <summary>
/// The 1X2 favourite by one bookmaker's prices (the single lowest price; a match where two outcomes share it has no
/// favourite and is counted in <paramref name="Ties"/> only): how often it won, and one unit on it every match.
/// </summary>
public sealed record FavouriteDto(string Bookmaker, SnapshotKind Snapshot, int Matches, int Wins, double? Share,
    decimal Profit, double? Roi, int Ties);
