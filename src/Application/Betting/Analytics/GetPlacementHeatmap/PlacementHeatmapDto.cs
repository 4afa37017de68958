namespace CleanPlatform.Application.Betting.Analytics.GetPlacementHeatmap;

/// <summary>The cells of <see cref="GetPlacementHeatmap"/> with at least one bet, profit in <c>Currency</c>.</summary>
public sealed record PlacementHeatmapDto(
    string Period, string? Currency, IReadOnlyList<string> OtherCurrencies, IReadOnlyList<HeatmapCellDto> Items);
