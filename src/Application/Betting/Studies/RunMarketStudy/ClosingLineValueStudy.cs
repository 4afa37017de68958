using CleanPlatform.Application.Betting.Studies.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.RunMarketStudy;

/// <summary>Mean closing-line value of every outcome of every bookmaker's earlier prices, against the closing line.</summary>
internal static class ClosingLineValueStudy
{
    public static IReadOnlyList<ClosingLineValueDto> Of(IReadOnlyList<StudyMatch> matches)
    {
        var values = new Dictionary<(string, SnapshotKind, MarketKind, Selection), List<ClosingLineValue>>();
        foreach (var match in matches)
        {
            foreach (var (key, quote) in match.Quotes)
            {
                if (key.Snapshot == SnapshotKind.Closing || quote.PricesFor(key.Market) is not { } prices
                    || ClosingLine.Of(match, key.Market, key.Line) is not { } closing)
                    continue;
                var selections = StudyMarkets.OutcomesOf(key.Market);
                for (var i = 0; i < selections.Count; i++)
                {
                    var group = (key.Bookmaker, key.Snapshot, key.Market, selections[i]);
                    if (!values.TryGetValue(group, out var list))
                        values[group] = list = [];
                    list.Add(ClosingLineValue.Of(prices.Prices[i], closing, i)!);
                }
            }
        }

        return [.. values
            .Select(v => new ClosingLineValueDto(v.Key.Item1, v.Key.Item2, v.Key.Item3, v.Key.Item4, v.Value.Count,
                v.Value.Average(c => c.Raw), v.Value.Average(c => c.Fair), v.Value.Average(c => c.ProbabilityDifference)))
            .OrderBy(c => c.Bookmaker, StringComparer.Ordinal).ThenBy(c => c.Snapshot).ThenBy(c => c.Market)
            .ThenBy(c => c.Selection)];
    }
}
