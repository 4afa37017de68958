using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.RunMarketStudy;

/// <summary>
/// Closing-line value of backing one outcome at one bookmaker's earlier prices, against the closing line (Pinnacle's
/// close, else the average close, at the same line): means of raw <c>o/o_c − 1</c>, fair <c>o·p_c − 1</c> and the
/// probability difference <c>1/o_c − 1/o</c>, over the markets that have a close.
/// </summary>
public sealed record ClosingLineValueDto(string Bookmaker, SnapshotKind Snapshot, MarketKind Market, Selection Selection,
    int Bets, double MeanRaw, double MeanFair, double MeanProbabilityDifference);
