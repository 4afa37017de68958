using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.Common;

/// <summary>
/// The reference close of a market (betting.md §5, §13): Pinnacle's closing prices at the same line, or, when
/// Pinnacle's market is missing or incomplete, the average closing prices; chosen for the whole market, never per
/// outcome. None of them: no close, and no closing-line value (never 0).
/// </summary>
public static class ClosingLine
{
    /// <summary>The sharp book whose close is the closing line.</summary>
    public const string Reference = "pinnacle";

    /// <summary>The fallback: the average closing price across books.</summary>
    public const string Fallback = "avg";

    public static MarketPrices? Of(StudyMatch match, MarketKind market, decimal line)
    {
        ArgumentNullException.ThrowIfNull(match);
        return Of(match.PricesOf, market, line);
    }

    /// <summary>The reference close among the complete markets <paramref name="pricesOf"/> finds (null: none there).</summary>
    public static MarketPrices? Of(Func<StudyQuoteKey, MarketPrices?> pricesOf, MarketKind market, decimal line)
    {
        ArgumentNullException.ThrowIfNull(pricesOf);
        return pricesOf(new StudyQuoteKey(Reference, SnapshotKind.Closing, market, line))
            ?? pricesOf(new StudyQuoteKey(Fallback, SnapshotKind.Closing, market, line));
    }
}
