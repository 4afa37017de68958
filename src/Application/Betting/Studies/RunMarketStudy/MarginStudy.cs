using CleanPlatform.Application.Betting.Studies.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.RunMarketStudy;

/// <summary>Mean margin per bookmaker, snapshot and market.</summary>
internal static class MarginStudy
{
    public static IReadOnlyList<MarketMarginDto> Of(IReadOnlyList<StudyMatch> matches)
    {
        var sums = new Dictionary<(string, SnapshotKind, MarketKind), (double Sum, int Count)>();
        foreach (var match in matches)
        {
            foreach (var (key, quote) in match.Quotes)
            {
                if (quote.PricesFor(key.Market) is not { } prices)
                    continue;
                var group = (key.Bookmaker, key.Snapshot, key.Market);
                var (sum, count) = sums.GetValueOrDefault(group);
                sums[group] = (sum + prices.Margin, count + 1);
            }
        }

        return [.. sums
            .Select(s => new MarketMarginDto(s.Key.Item1, s.Key.Item2, s.Key.Item3, s.Value.Count, s.Value.Sum / s.Value.Count))
            .OrderBy(m => m.Bookmaker, StringComparer.Ordinal).ThenBy(m => m.Snapshot).ThenBy(m => m.Market)];
    }
}
