namespace CleanPlatform.Application.Betting.Studies.Common;

/// <summary>
/// Which completed matches a study or backtest reads: competitions by key (<c>E0</c>), seasons by name
/// (<c>2023-24</c>) and kick-off dates in UTC, both ends included. An empty list or a missing date does not filter.
/// </summary>
public interface IStudyFilter
{
    /// <summary>The most competitions or seasons one filter may name.</summary>
    public const int MaxKeys = 50;

    /// <summary>The most matches one study or backtest reads at once.</summary>
    public const int MaxMatches = 20_000;

    IReadOnlyList<string>? Competitions { get; }

    IReadOnlyList<string>? Seasons { get; }

    DateOnly? DateFrom { get; }

    DateOnly? DateTo { get; }
}
