namespace CleanPlatform.Infrastructure.Betting.FootballData;

/// <summary>A column of the file: where it is in a row and what the header calls it (for rejections and skips).</summary>
internal readonly record struct FootballDataColumn(int Index, string Name);
