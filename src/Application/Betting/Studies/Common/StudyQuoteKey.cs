using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.Common;

/// <summary>One bookmaker's market at one line and one snapshot of a match.</summary>
public readonly record struct StudyQuoteKey(string Bookmaker, SnapshotKind Snapshot, MarketKind Market, decimal Line);
