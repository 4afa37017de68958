namespace CleanPlatform.Domain.Betting.Agents;

/// <summary>
/// Agent B: the best price across books against the sharp book's fair probability. It devigs the sharp book's market
/// (one method, or all that apply under the worst-case rule), then for each outcome takes the highest price any
/// other book offers and raises it when its EV, the lowest over the methods used, is above θ.
/// </summary>
public sealed class SpreadOptimizer(AgentRules rules) : IDetectionAgent
{
    public const string AgentKey = "spread";

    /// <inheritdoc />
    public string Key => AgentKey;

    /// <inheritdoc />
    public string Version => "1.0";

    /// <inheritdoc />
    public IReadOnlyList<AgentSignal> Scan(MarketBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        if (board.QuoteOf(rules.SharpBookmaker) is not { IsAggregate: false } sharp)
            return [];
        var applicable = Devig.All(sharp.Prices).Where(d => d.IsApplicable).ToList();
        var chosen = Devig.Apply(sharp.Prices, rules.Method);
        List<DevigResult> used = rules.WorstCase ? applicable : [chosen];
        if (used.Count == 0 || !used.All(d => d.IsApplicable))
            return [];
        var others = board.Books.Where(b => b.Bookmaker != sharp.Bookmaker).ToList();
        var signals = new List<AgentSignal>();
        for (var i = 0; i < board.Outcomes.Count; i++)
        {
            var outcome = i;
            if (others.OrderByDescending(b => b.Prices.Prices[outcome]).ThenBy(b => b.Bookmaker, StringComparer.Ordinal)
                    .FirstOrDefault() is not { } best)
                continue;
            var odds = best.Prices.Prices[i];
            var decision = used.Select(d => (Devig: d, Ev: ExpectedValue.Of(odds, d.Probabilities[outcome])))
                .MinBy(x => x.Ev);
            if (decision.Ev <= rules.Threshold)
                continue;
            var evs = applicable.Select(d => ExpectedValue.Of(odds, d.Probabilities[outcome])).ToList();
            var p = decision.Devig.Probabilities[i];
            var reasons = FormattableString.Invariant($"{best.Bookmaker} pays {odds.Value:0.00##} on {board.Outcomes[i]}, the best of {others.Count} books; ") +
                FormattableString.Invariant($"{sharp.Bookmaker}'s market (margin {sharp.Prices.Margin:P2}) devigged by {decision.Devig.Method} ") +
                FormattableString.Invariant($"gives p = {p:F4}, fair odds {1 / p:F3}: EV {decision.Ev:P2}") +
                (rules.WorstCase ? FormattableString.Invariant($", the lowest of {applicable.Count} methods.") : ".");
            signals.Add(new AgentSignal(board.Outcomes[i], best.Bookmaker, odds, p, decision.Devig.Method,
                decision.Devig.Parameter, sharp.Prices.Margin, decision.Ev, evs.Min(), evs.Max(),
                sharp.Bookmaker, [.. sharp.AllPrices(board.Outcomes), best.Price(board.Outcomes, i)], reasons));
        }
        return signals;
    }
}
