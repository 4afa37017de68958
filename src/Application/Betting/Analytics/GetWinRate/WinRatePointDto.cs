namespace CleanPlatform.Application.Betting.Analytics.GetWinRate;

/// <summary>One week or month, from <c>Start</c>: settled bets, wins (profit &gt; 0), full pushes, and the hit rate (wins ÷ settled other than pushes).</summary>
public sealed record WinRatePointDto(DateOnly Start, int Settled, int Wins, int Pushes, decimal? HitRate);
