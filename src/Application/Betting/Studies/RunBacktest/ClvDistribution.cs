namespace CleanPlatform.Application.Betting.Studies.RunBacktest;

/// <summary>Raw CLV counted in steps of 0.02 from −0.20 to +0.20, with an open bucket at each end.</summary>
internal static class ClvDistribution
{
    private const int Steps = (BacktestClvDto.Buckets - 2) / 2;
    private const double Width = 0.02;

    public static IReadOnlyList<ClvBucketDto> Of(IEnumerable<double> raw)
    {
        var counts = new int[BacktestClvDto.Buckets];
        foreach (var value in raw)
            counts[Math.Clamp((int)Math.Floor(value / Width) + Steps + 1, 0, counts.Length - 1)]++;
        return [.. counts.Select((count, i) => new ClvBucketDto(
            i == 0 ? null : Math.Round((i - Steps - 1) * Width, 2),
            i == counts.Length - 1 ? null : Math.Round((i - Steps) * Width, 2),
            count))];
    }
}
