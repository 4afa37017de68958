using CleanPlatform.Application.Betting.Studies.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.RunMarketStudy;

/// <summary>One unit on every outcome of every fully priced 1X2 and totals market, per bookmaker, snapshot and line.</summary>
internal static class FlatStakeStudy
{
    public static IReadOnlyList<FlatStakeDto> Of(IReadOnlyList<StudyMatch> matches)
    {
        var tallies = new Dictionary<StudyQuoteKey, Dictionary<Selection, FlatStakeTally>>();
        foreach (var match in matches)
        {
            foreach (var (key, quote) in match.Quotes)
            {
                if (key.Market is not (MarketKind.MatchResult or MarketKind.Totals) || quote.PricesFor(key.Market) is not { } prices)
                    continue;
                if (!tallies.TryGetValue(key, out var outcomes))
                    tallies[key] = outcomes = [];
                var selections = StudyMarkets.OutcomesOf(key.Market);
                for (var i = 0; i < selections.Count; i++)
                {
                    if (!outcomes.TryGetValue(selections[i], out var tally))
                        outcomes[selections[i]] = tally = new FlatStakeTally();
                    tally.Add(StudySettlement.Settle(match, key, selections[i], 1m, prices.Prices[i]));
                }
            }
        }

        return [.. tallies
            .Select(t => new FlatStakeDto(t.Key.Bookmaker, t.Key.Snapshot, t.Key.Market, t.Key.Line,
                [.. t.Value.OrderBy(o => o.Key).Select(o => o.Value.ToDto(o.Key))], All(t.Value.Values)))
            .OrderBy(f => f.Bookmaker, StringComparer.Ordinal).ThenBy(f => f.Snapshot).ThenBy(f => f.Market).ThenBy(f => f.Line)];
    }

    private static FlatStakeOutcomeDto All(IEnumerable<FlatStakeTally> tallies)
    {
        var all = new FlatStakeTally();
        foreach (var tally in tallies)
            all.Add(tally);
        return all.ToDto(null);
    }
}
