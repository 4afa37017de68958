using CleanPlatform.Application.Betting.Opportunities.Common;
using CleanPlatform.Application.Betting.Studies.Common;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Betting.Agents;

namespace CleanPlatform.Application.Betting.Studies.RunBacktest;

/// <summary>
/// Agent D, the backtest engine, replaying one detection agent: every match's boards are built from its prices
/// before the close (each book's latest snapshot that is not the closing one), matches of one kick-off time are all
/// decided before any of their results teaches the pattern matcher, and each signal is backed at the agent's book and
/// price with its fair probability, staked by the plan and settled before the next is sized, as the value rule is.
/// The agent's θ, devig method and worst-case rule are the backtest's <c>minimumEv</c>, <c>method</c> and
/// <c>worstCase</c>; the sharp book is <c>fairBookmaker</c>.
/// </summary>
internal sealed class AgentBacktest : BacktestReplay
{
    private readonly IReadOnlySet<string> _aggregates;
    private readonly PatternMatcher _pattern;
    private readonly IDetectionAgent _agent;
    private readonly HashSet<MarketKind> _markets;

    public AgentBacktest(RunBacktest rule, IReadOnlySet<string> aggregates) : base(rule)
    {
        var rules = new AgentRules(threshold: rule.MinimumEv, method: rule.Method, worstCase: rule.WorstCase,
            sharpBookmaker: rule.FairBookmaker);
        _aggregates = aggregates;
        _pattern = new PatternMatcher(rules);
        _agent = rule.Agent switch
        {
            AnomalyDetector.AgentKey => new AnomalyDetector(rules),
            SpreadOptimizer.AgentKey => new SpreadOptimizer(rules),
            _ => _pattern,
        };
        _markets = rule.MarketsOrDefault.ToHashSet();
    }

    public override void Play(IReadOnlyList<StudyMatch> matches)
    {
        foreach (var kickOff in matches.GroupBy(m => m.KickOffUtc))
        {
            var boards = kickOff.Select(m => (Match: m, Boards: BoardsOf(m, _aggregates))).ToList();
            foreach (var (match, matchBoards) in boards)
            {
                foreach (var board in matchBoards.Where(b => _markets.Contains(b.Market)))
                {
                    foreach (var signal in _agent.Scan(board))
                        Bet(Rule, Ledger, match, board, signal);
                }
            }
            foreach (var (match, matchBoards) in boards)
            {
                foreach (var board in matchBoards)
                    _pattern.Learn(board, match.Score);
            }
        }
    }

    private static void Bet(RunBacktest rule, BacktestLedger ledger, StudyMatch match, MarketBoard board, AgentSignal signal)
    {
        var stake = BacktestStakes.Of(rule, ledger.Bankroll, signal.FairProbability, signal.Odds);
        if (stake <= 0m || ledger.Count >= RunBacktest.MaxBets)
            return;
        var key = new StudyQuoteKey(signal.Bookmaker, SnapshotKind.PreClosing, board.Market, board.Line);
        var outcome = board.Outcomes.ToList().IndexOf(signal.Selection);
        var closing = ClosingLine.Of(match, board.Market, board.Line);
        ledger.Add(match, key, signal.Selection, signal.FairProbability, signal.ExpectedValue,
            StudySettlement.Settle(match, key, signal.Selection, stake, signal.Odds),
            ClosingLineValue.Of(signal.Odds, closing, outcome), closing?.Prices[outcome]);
    }

    /// <summary>The match's boards, as a replay builds them, from every price before the close.</summary>
    private static List<MarketBoard> BoardsOf(StudyMatch match, IReadOnlySet<string> aggregates) =>
        MarketBoards.Of(match.EventId, match.Competition, match.KickOffUtc, match.Quotes
            .Where(q => q.Key.Snapshot != SnapshotKind.Closing)
            .Select(q => new BoardQuote(q.Key.Bookmaker, aggregates.Contains(q.Key.Bookmaker), q.Key.Market, q.Key.Line, q.Value)));
}
