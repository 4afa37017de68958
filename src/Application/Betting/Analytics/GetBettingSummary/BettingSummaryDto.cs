using CleanPlatform.Application.Betting.Analytics.Common;

namespace CleanPlatform.Application.Betting.Analytics.GetBettingSummary;

/// <summary>
/// The summary of <see cref="GetBettingSummary"/>, every amount in <c>Currency</c> (null when there are no bets);
/// <c>OtherCurrencies</c> lists the currencies left out, each readable with the <c>currency</c> filter.
/// <c>OpenExposure</c> is the sum of pending stakes, whatever the period. <c>TodayProfit</c> and <c>WeekProfit</c> sum
/// the profit of bets settled since <c>TodayStart</c> (00:00 UTC) and <c>WeekStart</c> (Monday 00:00 UTC), whatever the period.
/// </summary>
public sealed record BettingSummaryDto(
    string Period, string? Currency, IReadOnlyList<string> OtherCurrencies, DateTimeOffset AsOf, StatusCountsDto Counts,
    PerformanceDto Performance, decimal OpenExposure, int PendingCount, decimal TodayProfit, decimal WeekProfit,
    DateTimeOffset TodayStart, DateTimeOffset WeekStart);
