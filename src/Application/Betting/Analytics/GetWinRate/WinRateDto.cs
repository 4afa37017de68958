namespace CleanPlatform.Application.Betting.Analytics.GetWinRate;

/// <summary>The periods of <see cref="GetWinRate"/>, by <c>Bucket</c> (week or month).</summary>
public sealed record WinRateDto(
    string Period, string Bucket, string? Currency, IReadOnlyList<string> OtherCurrencies, IReadOnlyList<WinRatePointDto> Points);
