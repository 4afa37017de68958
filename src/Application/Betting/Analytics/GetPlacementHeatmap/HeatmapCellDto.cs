namespace CleanPlatform.Application.Betting.Analytics.GetPlacementHeatmap;

/// <summary>One cell: ISO day of week (1 = Monday … 7 = Sunday) and hour (0–23) of placement in UTC, the bets and their profit.</summary>
public sealed record HeatmapCellDto(int DayOfWeek, int Hour, int Count, decimal Profit);
