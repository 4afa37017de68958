namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>A match result as <c>FTR</c>/<c>HTR</c> write it: <c>H</c>, <c>D</c>, <c>A</c>.</summary>
public enum FootballDataResult
{
    HomeWin,
    Draw,
    AwayWin,
}
