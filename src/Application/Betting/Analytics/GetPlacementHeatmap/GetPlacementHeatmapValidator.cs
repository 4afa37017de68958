using CleanPlatform.Application.Betting.Analytics.Common;

namespace CleanPlatform.Application.Betting.Analytics.GetPlacementHeatmap;

public sealed class GetPlacementHeatmapValidator : AbstractValidator<GetPlacementHeatmap>
{
    public GetPlacementHeatmapValidator() => Include(new AnalyticsQueryValidator());
}
