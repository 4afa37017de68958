using System.Text.Json.Nodes;
using CleanPlatform.Api.Infrastructure.OpenApi;
using CleanPlatform.Domain.Platform;

namespace CleanPlatform.Api.Controllers.V1.Platform;

/// <summary>Realistic values for the Platform module's schemas in Swagger UI.</summary>
internal static class PlatformExamples
{
    public static ModuleExamples All { get; } = new("Platform",
        new Dictionary<string, JsonNode>(StringComparer.OrdinalIgnoreCase)
        {
            ["userEmail"] = "member@cleanplatform.test",
            ["systemName"] = "PurgeEndedInvitations",
            ["action"] = "CreateApiKey",
            ["entityType"] = "ApiKey",
            ["entityId"] = "0193c1e2-7a4b-7c3d-9e8f-1a2b3c4d5e6f",
            ["occurredAt"] = "2026-11-25T09:30:00+00:00",
        },
        new Dictionary<Type, string> { [typeof(AuditOutcome)] = nameof(AuditOutcome.Succeeded) });
}
