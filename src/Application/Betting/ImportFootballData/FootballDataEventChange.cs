namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>What importing a row did to its match.</summary>
internal enum FootballDataEventChange
{
    Added,
    Updated,
    Unchanged,
}
