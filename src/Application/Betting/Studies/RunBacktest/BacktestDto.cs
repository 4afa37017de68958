namespace CleanPlatform.Application.Betting.Studies.RunBacktest;

/// <summary>
/// What a rule would have done over the filtered matches: bets, full wins, turnover, profit, yield = profit ÷
/// turnover, the bankroll at the end, the maximum drawdown of the bankroll after each bet, the closing-line value of
/// the bets, the yield the same bets and stakes would have had at the closing prices, and every bet.
/// </summary>
public sealed record BacktestDto(
    int Bets,
    int Wins,
    decimal Turnover,
    decimal Profit,
    double? Yield,
    decimal StartingBankroll,
    decimal FinalBankroll,
    double MaxDrawdown,
    BacktestClvDto ClosingLineValue,
    double? ClosingPriceYield,
    IReadOnlyList<BacktestBetDto> Items);
