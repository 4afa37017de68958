using System.Text.Json.Nodes;
using CleanPlatform.Api.Infrastructure.OpenApi;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Api.Controllers.V1.Betting;

/// <summary>Realistic values for the Betting module's schemas in Swagger UI.</summary>
internal static class BettingExamples
{
    public static ModuleExamples All { get; } = new("Betting",
        new Dictionary<string, JsonNode>(StringComparer.OrdinalIgnoreCase)
        {
            ["bookmakerKey"] = "pinnacle",
            ["agentKey"] = "value-rule",
            ["notes"] = "Taken before the team news.",
            ["tags"] = new JsonArray("value", "derby"),
            ["placedAt"] = "2026-11-28T14:55:00+00:00",
        },
        new Dictionary<Type, string>
        {
            [typeof(MarketKind)] = nameof(MarketKind.MatchResult),
            [typeof(Selection)] = nameof(Selection.Home),
            [typeof(BetStatus)] = nameof(BetStatus.Pending),
        });
}
