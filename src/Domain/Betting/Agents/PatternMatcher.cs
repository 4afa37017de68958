namespace CleanPlatform.Domain.Betting.Agents;

/// <summary>
/// Agent C: segments where history shows an edge, learned walk-forward. Every completed match teaches it, through
/// <see cref="Learn"/>, whether each selection won against the probability the consensus gave it then; the caller
/// teaches it only matches that kicked off before the board it scans, so it never sees the future. On a board it
/// prices each selection at <c>p = consensus + (wins − expected) / (n + k)</c> for its segment (competition × market ×
/// selection × fair-odds band), once the segment has <see cref="AgentRules.PatternMinimumSample"/> matches, and
/// raises the best book's price when its EV is above θ. It reads 1X2 and totals at half lines (no pushes); the
/// consensus is the mean multiplicative devig of the books, aggregates left out.
/// </summary>
public sealed class PatternMatcher(AgentRules rules) : IDetectionAgent
{
    public const string AgentKey = "pattern";

    private readonly Dictionary<PatternSegment, PatternRecord> _segments = [];

    /// <inheritdoc />
    public string Key => AgentKey;

    /// <inheritdoc />
    public string Version => "1.0";

    /// <summary>How many segments it has seen.</summary>
    public int SegmentCount => _segments.Count;

    /// <summary>Teaches the matcher a completed match: the board as it stood at decision time and the final score.</summary>
    public void Learn(MarketBoard board, Score score)
    {
        ArgumentNullException.ThrowIfNull(board);
        if (!Reads(board) || Consensus(board) is not { } consensus)
            return;
        for (var i = 0; i < board.Outcomes.Count; i++)
        {
            var segment = SegmentOf(board, i, consensus[i]);
            if (!_segments.TryGetValue(segment, out var record))
                _segments[segment] = record = new PatternRecord();
            var grade = BetGrading.Of(board.Market, board.Outcomes[i],
                BetLines.StoredLine(board.Market, board.Outcomes[i], board.Line), score);
            record.Add(grade.Result == BetResult.Won, consensus[i]);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<AgentSignal> Scan(MarketBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        if (!Reads(board) || Consensus(board) is not { } consensus)
            return [];
        var books = board.Books.ToList();
        var signals = new List<AgentSignal>();
        for (var i = 0; i < board.Outcomes.Count; i++)
        {
            var segment = SegmentOf(board, i, consensus[i]);
            if (!_segments.TryGetValue(segment, out var record) || record.Matches < rules.PatternMinimumSample)
                continue;
            var shift = record.ShrunkEdge(rules.PatternPriorWeight);
            var p = Math.Clamp(consensus[i] + shift, 1e-6, 1 - 1e-6);
            var outcome = i;
            var best = books.OrderByDescending(b => b.Prices.Prices[outcome]).ThenBy(b => b.Bookmaker, StringComparer.Ordinal).First();
            var odds = best.Prices.Prices[i];
            var ev = ExpectedValue.Of(odds, p);
            if (ev <= rules.Threshold)
                continue;
            var reasons = FormattableString.Invariant($"{segment.Competition} · {board.Outcomes[i]} · {segment.DescribeBand()}: {record.Matches} past matches ") +
                FormattableString.Invariant($"won {record.Wins} against {record.Expected:F1} expected; shrunk edge {shift:+0.0000;-0.0000} on the ") +
                FormattableString.Invariant($"consensus p = {consensus[i]:F4} gives p = {p:F4}; {best.Bookmaker} pays {odds.Value:0.00##}: EV {ev:P2}.");
            signals.Add(new AgentSignal(board.Outcomes[i], best.Bookmaker, odds, p, DevigMethod.Multiplicative, shift,
                books.Average(b => b.Prices.Margin), ev, ev, ev, $"history of {record.Matches} matches",
                [.. books.Select(b => b.Price(board.Outcomes, outcome))], reasons));
        }
        return signals;
    }

    private static bool Reads(MarketBoard board) =>
        board.Market == MarketKind.MatchResult || (board.Market == MarketKind.Totals && board.Line % 1m == 0.5m);

    private static double[]? Consensus(MarketBoard board)
    {
        var books = board.Books.ToList();
        if (books.Count == 0)
            return null;
        var consensus = new double[board.Outcomes.Count];
        foreach (var book in books)
        {
            var fair = Devig.Apply(book.Prices, DevigMethod.Multiplicative).Probabilities;
            for (var i = 0; i < consensus.Length; i++)
                consensus[i] += fair[i] / books.Count;
        }
        return consensus;
    }

    private static PatternSegment SegmentOf(MarketBoard board, int outcome, double probability) =>
        new(board.Competition, board.Market, board.Line, board.Outcomes[outcome], PatternSegment.BandOf(1 / probability));
}
