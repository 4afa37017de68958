using CleanPlatform.Application.Betting.Studies.Common;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Common;

namespace CleanPlatform.Application.Betting.Studies.RunBacktest;

/// <summary>A backtest's bets as they settle: the bankroll after each, and what the same bets did at the close.</summary>
internal sealed class BacktestLedger(decimal bankroll)
{
    private readonly List<BacktestBetDto> _bets = [];
    private readonly List<decimal> _series = [bankroll];
    private readonly List<ClosingLineValue> _clv = [];
    private decimal _closingStakes;
    private decimal _closingProfit;

    public decimal Bankroll { get; private set; } = bankroll;

    /// <summary>How many bets were placed.</summary>
    public int Count => _bets.Count;

    public void Add(StudyMatch match, StudyQuoteKey key, Selection selection, double probability, decimal ev,
        Settlement settlement, ClosingLineValue? clv, Odds? closingOdds)
    {
        Bankroll += settlement.Profit;
        _series.Add(Bankroll);
        if (clv is not null)
            _clv.Add(clv);
        if (closingOdds is { } close)
        {
            var atClose = StudySettlement.Settle(match, key, selection, settlement.Stake, close);
            _closingStakes += atClose.CountsInTurnover ? atClose.Stake : 0m;
            _closingProfit += atClose.Profit;
        }

        _bets.Add(new BacktestBetDto(match.EventId, match.KickOffUtc, match.HomeTeam, match.AwayTeam, key.Market, key.Line,
            selection, settlement.Odds.Value, probability, ev, settlement.Stake, settlement.Result, settlement.Profit,
            Bankroll, clv?.Raw, clv?.Fair));
    }

    public BacktestDto ToDto()
    {
        var settled = _bets.Where(b => b.Result != BetResult.Void).ToList();
        var turnover = settled.Sum(b => b.Stake);
        var profit = settled.Sum(b => b.Profit);
        return new BacktestDto(_bets.Count, _bets.Count(b => b.Result == BetResult.Won), turnover, profit,
            turnover == 0m ? null : (double)(profit / turnover), _series[0], Bankroll, BankrollSeries.MaxDrawdown(_series),
            new BacktestClvDto(_clv.Count, Mean(c => c.Raw), Mean(c => c.Fair), Mean(c => c.ProbabilityDifference),
                ClvDistribution.Of(_clv.Select(c => c.Raw))),
            _closingStakes == 0m ? null : (double)(_closingProfit / _closingStakes), _bets);
    }

    private double? Mean(Func<ClosingLineValue, double> measure) => _clv.Count == 0 ? null : _clv.Average(measure);
}
