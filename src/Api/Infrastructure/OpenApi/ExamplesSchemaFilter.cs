using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CleanPlatform.Api.Infrastructure.OpenApi;

/// <summary>Gives well-known properties realistic examples, so Swagger UI's "Try it out" bodies make sense.</summary>
internal sealed class ExamplesSchemaFilter : ISchemaFilter
{
    private static readonly Dictionary<string, JsonNode> Examples = new(StringComparer.OrdinalIgnoreCase)
    {
        ["email"] = "member@cleanplatform.test",
        ["password"] = "Demo#2026pass",
        ["currentPassword"] = "Demo#2026pass",
        ["newPassword"] = "a-longer-passphrase-2026",
        ["displayName"] = "Morgan Member",
        ["organizationName"] = "Northwind Advisory",
        ["name"] = "Nightly odds import",
        ["refreshToken"] = "q5m8Tz3kS0pQ-7c9aV2xYw1eR4tU6iO8pA0sD2fG4hJ",
        ["accessToken"] = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwMTkzYzFlMiJ9.c2lnbmF0dXJl",
        ["invitationToken"] = "Xy3kP9mQ2vR7sT1uW4zA6bC8dE0fG5hJ-LnOpQrStUv",
        ["token"] = "Xy3kP9mQ2vR7sT1uW4zA6bC8dE0fG5hJ-LnOpQrStUv",
        ["secret"] = "cp_k3x9q2m7v4z1_q5m8Tz3kS0pQ-7c9aV2xYw1eR4tU6iO8pA0sD2fG4hJ",
        ["prefix"] = "k3x9q2m7v4z1",
        ["id"] = "0193c1e2-7a4b-7c3d-9e8f-1a2b3c4d5e6f",
        ["organizationId"] = "0193c1e2-6f10-7a2b-8c3d-4e5f6a7b8c9d",
        ["userId"] = "0193c1e2-7001-7b2c-9d3e-5f6a7b8c9d0e",
        ["entityId"] = "0193c1e2-7a4b-7c3d-9e8f-1a2b3c4d5e6f",
        ["role"] = "Member",
        ["roles"] = new JsonArray("Member"),
        ["scopes"] = new JsonArray("Read"),
        ["plan"] = "Pro",
        ["action"] = "CreateApiKey",
        ["entityType"] = "ApiKey",
        ["outcome"] = "Succeeded",
        ["status"] = "Pending",
        ["createdAt"] = "2026-11-25T09:30:00+00:00",
        ["occurredAt"] = "2026-11-25T09:30:00+00:00",
        ["expiresAt"] = "2026-12-02T09:30:00+00:00",
        ["accessTokenExpiresAt"] = "2026-11-25T09:45:00+00:00",
        ["refreshTokenExpiresAt"] = "2026-12-09T09:30:00+00:00",
        ["periodStart"] = "2026-11-01T00:00:00+00:00",
        ["periodEnd"] = "2026-12-01T00:00:00+00:00",
        ["requestsPerMinute"] = 600,
        ["monthlyQuota"] = 1000000,
        ["used"] = 1250,
        ["remaining"] = 998750,
        ["page"] = 1,
        ["pageSize"] = 50,
        ["totalCount"] = 1,
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || concrete.Properties is null)
            return;
        foreach (var (name, property) in concrete.Properties)
        {
            if (Examples.TryGetValue(name, out var example) && property is OpenApiSchema target)
                target.Example = example.DeepClone();
        }
    }
}
