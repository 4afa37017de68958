namespace CleanPlatform.Application.Betting.Studies.RunBacktest;

/// <summary>How many bets had a raw CLV from <paramref name="From"/> (included) to <paramref name="To"/>; null is open-ended.</summary>
public sealed record ClvBucketDto(double? From, double? To, int Count);
