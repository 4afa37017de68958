namespace CleanPlatform.Application.Betting.Analytics.GetBankrollSeries;

/// <summary>One UTC day: how many bets settled, their profit, and the cumulative profit at the end of the day.</summary>
public sealed record BankrollPointDto(DateOnly Date, int Settled, decimal Profit, decimal CumulativeProfit);
