namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>A priced outcome: home, draw, away (1X2 and Asian handicap) or over, under (totals).</summary>
public enum FootballDataOutcome
{
    Home,
    Draw,
    Away,
    Over,
    Under,
}
