namespace CleanPlatform.Domain.Betting;

/// <summary>The markets prices are collected for.</summary>
public enum MarketKind
{
    /// <summary>1X2: home, draw, away on the full-time result.</summary>
    MatchResult,

    /// <summary>Two-way moneyline: home or away, overtime by the bookmaker's rule.</summary>
    Moneyline,

    /// <summary>Over or under a total (line = the total).</summary>
    Totals,

    /// <summary>Point spread (line = the home side's handicap).</summary>
    Spread,

    /// <summary>Asian handicap (line = the home side's handicap, quarter lines included).</summary>
    AsianHandicap,
}
