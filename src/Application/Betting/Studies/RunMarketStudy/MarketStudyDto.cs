namespace CleanPlatform.Application.Betting.Studies.RunMarketStudy;

/// <summary>
/// What the markets of the filtered matches looked like (betting.md §10): results, bookmakers' margins, flat-stake
/// returns, favourites, forecast scores, closing-line value and Asian handicaps. Lists are ordered by bookmaker,
/// snapshot, market and outcome, and
/// give at most <see cref="MaxRows"/> rows.
/// </summary>
public sealed record MarketStudyDto(
    int Matches,
    int HomeWins,
    int Draws,
    int AwayWins,
    IReadOnlyList<MarketMarginDto> Margins,
    IReadOnlyList<FlatStakeDto> FlatStakes,
    IReadOnlyList<FavouriteDto> Favourites,
    IReadOnlyList<ForecastDto> Forecasts,
    IReadOnlyList<ClosingLineValueDto> ClosingLineValue,
    IReadOnlyList<HandicapStudyDto> AsianHandicap)
{
    /// <summary>The most rows one list of a study gives (the first ones in its order).</summary>
    public const int MaxRows = 10_000;
}
