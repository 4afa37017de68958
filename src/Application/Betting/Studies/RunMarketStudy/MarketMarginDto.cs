using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.RunMarketStudy;

/// <summary>A bookmaker's mean margin (<c>Σ 1/o − 1</c>) over the markets it priced in full, every line pooled.</summary>
public sealed record MarketMarginDto(string Bookmaker, SnapshotKind Snapshot, MarketKind Market, int Markets, double MeanMargin);
