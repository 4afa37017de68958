namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>The markets football-data prices.</summary>
public enum FootballDataMarket
{
    /// <summary>1X2 on the full-time result: home, draw, away.</summary>
    MatchResult,

    /// <summary>Over/under 2.5 goals.</summary>
    OverUnder,

    /// <summary>Asian handicap at the file's home line (<c>AHh</c>, <c>AHCh</c>, <c>BbAHh</c>).</summary>
    AsianHandicap,
}
