using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.RunMarketStudy;

/// <summary>
/// One unit on one side of every Asian handicap a bookmaker priced (at its line: the pre-closing line before the
/// close, the closing line at it; quarter lines split): ROI = profit ÷ bets, and how many bets ended each way.
/// </summary>
public sealed record HandicapStudyDto(string Bookmaker, SnapshotKind Snapshot, Selection Selection, int Bets,
    decimal Profit, double? Roi, int Won, int HalfWon, int Push, int HalfLost, int Lost);
