namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>A score as football-data gives it (<c>FTHG</c>/<c>FTAG</c> or <c>HTHG</c>/<c>HTAG</c>).</summary>
public sealed record FootballDataScore
{
    public FootballDataScore(int homeGoals, int awayGoals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(homeGoals);
        ArgumentOutOfRangeException.ThrowIfNegative(awayGoals);
        HomeGoals = homeGoals;
        AwayGoals = awayGoals;
    }

    public int HomeGoals { get; }

    public int AwayGoals { get; }

    /// <summary>The result the goals give; the reader rejects a row whose <c>FTR</c> (or <c>HTR</c>) says otherwise.</summary>
    public FootballDataResult Result =>
        HomeGoals > AwayGoals ? FootballDataResult.HomeWin
        : HomeGoals < AwayGoals ? FootballDataResult.AwayWin
        : FootballDataResult.Draw;
}
