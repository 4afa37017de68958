using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.RunBacktest;

/// <summary>
/// One bet of a backtest, in the order it was placed and settled: the price taken, the fair probability and EV it was
/// placed on, the stake, how it settled, the bankroll after it (the equity curve), and its closing-line value.
/// </summary>
public sealed record BacktestBetDto(
    Guid EventId,
    DateTimeOffset KickOffUtc,
    string HomeTeam,
    string AwayTeam,
    MarketKind Market,
    decimal Line,
    Selection Selection,
    decimal Odds,
    double FairProbability,
    decimal ExpectedValue,
    decimal Stake,
    BetResult Result,
    decimal Profit,
    decimal BankrollAfter,
    double? ClvRaw,
    double? ClvFair);
