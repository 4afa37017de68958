using System.Text.Json.Nodes;
using CleanPlatform.Api.Infrastructure.OpenApi;
using CleanPlatform.Domain.Billing.Subscriptions;

namespace CleanPlatform.Api.Controllers.V1.Billing;

/// <summary>Realistic values for the Billing module's schemas in Swagger UI.</summary>
internal static class BillingExamples
{
    public static ModuleExamples All { get; } = new("Billing",
        new Dictionary<string, JsonNode>(StringComparer.OrdinalIgnoreCase)
        {
            ["code"] = "Pro",
            ["name"] = "Pro",
            ["description"] = "For a team that runs its daily work on the platform and its API.",
            ["trialDays"] = 14,
            ["requestsPerMinute"] = 600,
            ["monthlyQuota"] = 1_000_000,
            ["currency"] = "EUR",
            ["currencies"] = new JsonArray("EUR", "USD"),
            ["revision"] = 2,
            ["activeFrom"] = "2026-11-01T00:00:00+00:00",
        },
        new Dictionary<Type, string> { [typeof(BillingInterval)] = nameof(BillingInterval.Monthly) });
}
