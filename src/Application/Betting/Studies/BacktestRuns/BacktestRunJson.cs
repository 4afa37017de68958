using System.Text.Json;
using System.Text.Json.Serialization;
using CleanPlatform.Application.Betting.Studies.RunBacktest;
using BacktestRule = CleanPlatform.Application.Betting.Studies.RunBacktest.RunBacktest;

namespace CleanPlatform.Application.Betting.Studies.BacktestRuns;

/// <summary>A run's rule and result as stored: JSON as the API writes it (camelCase, enums by name).</summary>
public static class BacktestRunJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(BacktestRule rule) => JsonSerializer.Serialize(rule, Options);

    public static string Write(BacktestDto result) => JsonSerializer.Serialize(result, Options);

    public static BacktestRule ReadRule(string json) =>
        JsonSerializer.Deserialize<BacktestRule>(json, Options)
        ?? throw new InvalidOperationException("A backtest run's rule is empty.");

    public static BacktestDto? ReadResult(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<BacktestDto>(json, Options);
}
