using CleanPlatform.Application.Betting.Studies.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.RunMarketStudy;

/// <summary>The 1X2 favourite (the single lowest price) per bookmaker and snapshot: its hit rate and flat-stake ROI.</summary>
internal static class FavouriteStudy
{
    public static IReadOnlyList<FavouriteDto> Of(IReadOnlyList<StudyMatch> matches)
    {
        var tallies = new Dictionary<(string, SnapshotKind), (FlatStakeTally Tally, int Ties)>();
        foreach (var match in matches)
        {
            foreach (var (key, quote) in match.Quotes)
            {
                if (key.Market != MarketKind.MatchResult || quote.PricesFor(key.Market) is not { } prices)
                    continue;
                var group = (key.Bookmaker, key.Snapshot);
                if (!tallies.TryGetValue(group, out var entry))
                    entry = (new FlatStakeTally(), 0);
                var lowest = prices.Prices.Min();
                var favourites = Enumerable.Range(0, prices.Count).Where(i => prices.Prices[i] == lowest).ToList();
                if (favourites.Count == 1)
                {
                    var selection = StudyMarkets.OutcomesOf(key.Market)[favourites[0]];
                    entry.Tally.Add(StudySettlement.Settle(match, key, selection, 1m, lowest));
                }
                else
                {
                    entry.Ties++;
                }

                tallies[group] = entry;
            }
        }

        return [.. tallies
            .Select(t => new FavouriteDto(t.Key.Item1, t.Key.Item2, t.Value.Tally.Bets, t.Value.Tally.Wins,
                t.Value.Tally.Bets == 0 ? null : (double)t.Value.Tally.Wins / t.Value.Tally.Bets, t.Value.Tally.Profit,
                t.Value.Tally.Roi, t.Value.Ties))
            .OrderBy(f => f.Bookmaker, StringComparer.Ordinal).ThenBy(f => f.Snapshot)];
    }
}
