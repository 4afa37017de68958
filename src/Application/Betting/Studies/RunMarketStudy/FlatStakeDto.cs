using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.RunMarketStudy;

/// <summary>Flat stakes at one bookmaker's prices of one market and line (1X2, totals), per outcome and for all.</summary>
public sealed record FlatStakeDto(string Bookmaker, SnapshotKind Snapshot, MarketKind Market, decimal Line,
    IReadOnlyList<FlatStakeOutcomeDto> Outcomes, FlatStakeOutcomeDto All);
