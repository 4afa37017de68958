namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>Why a price group was left out of a row. A missing price is never read as 0.</summary>
public enum FootballDataSkipReason
{
    /// <summary>An outcome's price cell is empty.</summary>
    MissingPrice,

    /// <summary>An outcome's price is 1.0 or less, which no bookmaker offers.</summary>
    PriceNotAboveOne,

    /// <summary>The Asian handicap line cell is empty.</summary>
    MissingLine,
}
