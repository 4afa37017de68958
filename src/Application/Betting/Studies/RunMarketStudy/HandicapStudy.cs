using CleanPlatform.Application.Betting.Studies.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.RunMarketStudy;

/// <summary>One unit on each side of every fully priced Asian handicap, per bookmaker and snapshot.</summary>
internal static class HandicapStudy
{
    private static readonly Selection[] Sides = [Selection.Home, Selection.Away];

    public static IReadOnlyList<HandicapStudyDto> Of(IReadOnlyList<StudyMatch> matches)
    {
        var tallies = new Dictionary<(string, SnapshotKind, Selection), HandicapTally>();
        foreach (var match in matches)
        {
            foreach (var (key, quote) in match.Quotes)
            {
                if (key.Market != MarketKind.AsianHandicap || quote.PricesFor(key.Market) is not { } prices)
                    continue;
                for (var i = 0; i < Sides.Length; i++)
                {
                    var group = (key.Bookmaker, key.Snapshot, Sides[i]);
                    if (!tallies.TryGetValue(group, out var tally))
                        tallies[group] = tally = new HandicapTally();
                    tally.Add(StudySettlement.Settle(match, key, Sides[i], 1m, prices.Prices[i]));
                }
            }
        }

        return [.. tallies
            .Select(t => t.Value.ToDto(t.Key.Item1, t.Key.Item2, t.Key.Item3))
            .OrderBy(h => h.Bookmaker, StringComparer.Ordinal).ThenBy(h => h.Snapshot).ThenBy(h => h.Selection)];
    }
}
