namespace CleanPlatform.Application.Betting.Analytics.GetBankrollSeries;

/// <summary>
/// The series of <see cref="GetBankrollSeries"/> in <c>Currency</c>. <c>MaxDrawdown</c> is in money: the largest fall of
/// the cumulative profit from its running peak over end-of-day balances, the peak starting at 0. betting.md §6's ratio
/// needs the starting bankroll: a client computes it from the points once it adds its own.
/// </summary>
public sealed record BankrollSeriesDto(
    string Period, string? Currency, IReadOnlyList<string> OtherCurrencies, IReadOnlyList<BankrollPointDto> Points,
    decimal TotalProfit, decimal MaxDrawdown);
