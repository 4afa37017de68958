namespace CleanPlatform.Infrastructure.Betting.FootballData;

/// <summary>Where a results file keeps the full-time score and result: <c>FTHG</c>, <c>FTAG</c>, <c>FTR</c>.</summary>
internal sealed record FootballDataResultColumns(FootballDataColumn HomeGoals, FootballDataColumn AwayGoals,
    FootballDataColumn Result);
