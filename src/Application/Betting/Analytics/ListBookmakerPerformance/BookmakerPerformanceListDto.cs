namespace CleanPlatform.Application.Betting.Analytics.ListBookmakerPerformance;

/// <summary>The bookmakers of <see cref="ListBookmakerPerformance"/>, amounts in <c>Currency</c>.</summary>
public sealed record BookmakerPerformanceListDto(
    string Period, string? Currency, IReadOnlyList<string> OtherCurrencies, IReadOnlyList<BookmakerPerformanceDto> Items);
