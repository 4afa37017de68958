namespace CleanPlatform.Application.Betting.Studies.RunBacktest;

/// <summary>
/// The closing-line value of a backtest's bets against the closing line (Pinnacle's close, else the average close):
/// how many had a close, the means of the three measures, and the distribution of raw CLV in steps of 0.02.
/// </summary>
public sealed record BacktestClvDto(int Bets, double? MeanRaw, double? MeanFair, double? MeanProbabilityDifference,
    IReadOnlyList<ClvBucketDto> Distribution)
{
    /// <summary>How many buckets the distribution has: ten of 0.02 each side of 0, and an open one at each end.</summary>
    public const int Buckets = 22;
}
