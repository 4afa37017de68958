using CleanPlatform.Application.Betting.Studies.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.RunBacktest;

/// <summary>The value rule replayed over matches in order, each bet settled before the next is sized.</summary>
internal sealed class ValueRuleBacktest(RunBacktest rule) : BacktestReplay(rule)
{
    private readonly List<MarketKind> _markets = rule.MarketsOrDefault.Distinct().Order().ToList();

    public override void Play(IReadOnlyList<StudyMatch> matches)
    {
        foreach (var match in matches)
        {
            foreach (var market in _markets)
            {
                var quotes = match.Quotes
                    .Where(q => q.Key.Bookmaker == Rule.BetBookmaker && q.Key.Snapshot == Rule.BetSnapshot && q.Key.Market == market)
                    .OrderBy(q => q.Key.Line);
                foreach (var (key, quote) in quotes)
                    Bet(Rule, Ledger, match, key, quote);
            }
        }
    }

    private static void Bet(RunBacktest rule, BacktestLedger ledger, StudyMatch match, StudyQuoteKey key, StudyQuote quote)
    {
        if (quote.PricesFor(key.Market) is not { } offered
            || match.PricesOf(key with { Bookmaker = rule.FairBookmaker, Snapshot = rule.FairSnapshot }) is not { } fair)
            return;
        var devigs = rule.WorstCase ? Devig.All(fair).Where(d => d.IsApplicable).ToList() : [Devig.Apply(fair, rule.Method)];
        if (devigs.Count == 0 || !devigs.TrueForAll(d => d.IsApplicable))
            return;
        var closing = ClosingLine.Of(match, key.Market, key.Line);
        var selections = StudyMarkets.OutcomesOf(key.Market);
        for (var i = 0; i < selections.Count; i++)
        {
            var odds = offered.Prices[i];
            // The decision's probability: the method's, or under the worst case the one giving the lowest EV.
            var (probability, ev) = devigs
                .Select(d => (d.Probabilities[i], ExpectedValue.Of(odds, d.Probabilities[i])))
                .MinBy(x => x.Item2);
            if (ev <= rule.MinimumEv)
                continue;
            var stake = BacktestStakes.Of(rule, ledger.Bankroll, probability, odds);
            if (stake <= 0m || ledger.Count >= RunBacktest.MaxBets)
                continue;
            var settlement = StudySettlement.Settle(match, key, selections[i], stake, odds);
            ledger.Add(match, key, selections[i], probability, ev, settlement, ClosingLineValue.Of(odds, closing, i),
                closing?.Prices[i]);
        }
    }
}
