using CleanPlatform.Application.Betting.Studies.Common;

namespace CleanPlatform.Application.Betting.Studies.RunBacktest;

/// <summary>Matches in replay order cut into chunks of about <c>size</c>, never splitting one kick-off time.</summary>
internal static class BacktestChunks
{
    public static IEnumerable<IReadOnlyList<StudyMatchRow>> Of(IReadOnlyList<StudyMatchRow> matches, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var start = 0;
        while (start < matches.Count)
        {
            var end = Math.Min(start + size, matches.Count);
            while (end < matches.Count && matches[end].KickOffUtc == matches[end - 1].KickOffUtc)
                end++;
            yield return matches.Skip(start).Take(end - start).ToList();
            start = end;
        }
    }
}
