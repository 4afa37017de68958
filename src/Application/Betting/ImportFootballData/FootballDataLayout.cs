namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>The column layout of a football-data file, detected from its header.</summary>
public enum FootballDataLayout
{
    /// <summary>2019/20 on: football-data's own <c>Max*</c>/<c>Avg*</c> aggregates, <c>AHh</c>, closing <c>C</c> columns.</summary>
    Current,

    /// <summary>
    /// To 2018/19: Betbrain aggregates (<c>BbMx*</c>, <c>BbAv*</c>, <c>BbAHh</c>), read as the <c>max</c> and
    /// <c>avg</c> bookmakers; they aggregate a different set of books than <see cref="Current"/>'s.
    /// </summary>
    Betbrain,
}
