namespace CleanPlatform.Domain.Betting.Agents;

/// <summary>
/// Agent A: a book's price far from the consensus. For each book and outcome, the consensus is the mean of the other
/// books' multiplicatively devigged probabilities; the price is an anomaly when it stands at least
/// <see cref="AgentRules.AnomalyDeviations"/> standard deviations above the other books' prices and its EV against
/// the consensus is above θ. It needs <see cref="AgentRules.AnomalyMinimumOthers"/> other books; of several
/// anomalous books on one outcome it raises the one with the highest EV.
/// </summary>
public sealed class AnomalyDetector(AgentRules rules) : IDetectionAgent
{
    public const string AgentKey = "anomaly";

    /// <inheritdoc />
    public string Key => AgentKey;

    /// <inheritdoc />
    public string Version => "1.0";

    /// <inheritdoc />
    public IReadOnlyList<AgentSignal> Scan(MarketBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        var books = board.Books.ToList();
        if (books.Count < rules.AnomalyMinimumOthers + 1)
            return [];
        var fair = books.ToDictionary(b => b.Bookmaker, b => Devig.All(b.Prices));
        var signals = new List<AgentSignal>();
        for (var i = 0; i < board.Outcomes.Count; i++)
        {
            var best = books.Select(b => Assess(board, books, fair, b, i)).OfType<AgentSignal>()
                .OrderByDescending(s => s.ExpectedValue).ThenBy(s => s.Bookmaker, StringComparer.Ordinal).FirstOrDefault();
            if (best is not null)
                signals.Add(best);
        }
        return signals;
    }

    private AgentSignal? Assess(MarketBoard board, List<BookQuote> books,
        Dictionary<string, IReadOnlyList<DevigResult>> fair, BookQuote book, int outcome)
    {
        var others = books.Where(b => b != book).ToList();
        var odds = book.Prices.Prices[outcome];
        var prices = others.Select(b => (double)b.Prices.Prices[outcome].Value).ToList();
        var mean = prices.Average();
        var deviation = Math.Sqrt(prices.Sum(x => (x - mean) * (x - mean)) / (prices.Count - 1));
        var z = deviation > 0 ? ((double)odds.Value - mean) / deviation
            : (double)odds.Value > mean ? double.PositiveInfinity : 0;
        if (z < rules.AnomalyDeviations)
            return null;
        var consensus = ConsensusOf(others, fair, DevigMethod.Multiplicative, outcome);
        var ev = ExpectedValue.Of(odds, consensus);
        if (ev <= rules.Threshold)
            return null;
        var evs = Devig.Methods
            .Where(m => others.All(b => fair[b.Bookmaker][(int)m].IsApplicable))
            .Select(m => ExpectedValue.Of(odds, ConsensusOf(others, fair, m, outcome)))
            .ToList();
        var margin = others.Average(b => b.Prices.Margin);
        var spread = double.IsPositiveInfinity(z) ? "every other book equal" : FormattableString.Invariant($"z {z:F1}");
        var reasons = FormattableString.Invariant(
            $"{book.Bookmaker} pays {odds.Value:0.00##} on {board.Outcomes[outcome]}; {others.Count} other books average {mean:F3} ") +
            FormattableString.Invariant(
            $"(σ {deviation:F3}, {spread}); their devigged consensus p = {consensus:F4}, fair odds {1 / consensus:F3}: EV {ev:P2}.");
        return new AgentSignal(board.Outcomes[outcome], book.Bookmaker, odds, consensus, DevigMethod.Multiplicative, null,
            margin, ev, evs.Min(), evs.Max(), $"consensus of {others.Count} books",
            [.. books.Select(b => b.Price(board.Outcomes, outcome))], reasons);
    }

    private static double ConsensusOf(List<BookQuote> others, Dictionary<string, IReadOnlyList<DevigResult>> fair,
        DevigMethod method, int outcome) =>
        others.Average(b => fair[b.Bookmaker][(int)method].Probabilities[outcome]);
}
