using System.Text.Json;
using System.Text.Json.Nodes;
using CleanPlatform.Domain.Identity;
using CleanPlatform.Domain.Platform;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CleanPlatform.Api.Infrastructure.OpenApi;

/// <summary>
/// Gives well-known properties realistic examples, so Swagger UI's "Try it out" bodies make sense, and each enum
/// one of its values. An example that would not be valid against its schema is left out.
/// </summary>
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

    // Enum properties are references, which cannot carry an example: their schema does, one of its own values.
    private static readonly Dictionary<Type, string> EnumExamples = new()
    {
        [typeof(ApiKeyScopes)] = nameof(ApiKeyScopes.Read),
        [typeof(InvitationStatus)] = nameof(InvitationStatus.Pending),
        [typeof(AuditOutcome)] = nameof(AuditOutcome.Succeeded),
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete)
            return;
        if (concrete.Enum is { Count: > 0 } values)
        {
            JsonNode example = EnumExamples.GetValueOrDefault(context.Type) ?? values[0]!.DeepClone();
            concrete.Example = Fits(example, concrete) ? example : values[0]!.DeepClone();
            return;
        }

        foreach (var (name, property) in concrete.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            // A name can mean different things in different schemas (ProblemDetails.status is an HTTP status):
            // an example goes only where it is valid.
            if (Examples.TryGetValue(name, out var example) && property is OpenApiSchema target && Fits(example, target))
                target.Example = example.DeepClone();
        }
    }

    private static bool Fits(JsonNode example, OpenApiSchema schema)
    {
        if (schema.Enum is { Count: > 0 } allowed && !allowed.Any(value => JsonNode.DeepEquals(value, example)))
            return false;
        return (schema.Type & ~JsonSchemaType.Null) switch
        {
            JsonSchemaType.String => example.GetValueKind() == JsonValueKind.String
                && example.GetValue<string>().Length >= (schema.MinLength ?? 0)
                && example.GetValue<string>().Length <= (schema.MaxLength ?? int.MaxValue),
            JsonSchemaType.Integer or JsonSchemaType.Number => example.GetValueKind() == JsonValueKind.Number,
            JsonSchemaType.Array => example is JsonArray items && items.Count <= (schema.MaxItems ?? int.MaxValue)
                && (schema.Items is not OpenApiSchema item || items.All(i => i is not null && Fits(i, item))),
            _ => false,
        };
    }
}
