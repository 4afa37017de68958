using System.Text.Json.Nodes;
using CleanPlatform.Api.Infrastructure.OpenApi;
using CleanPlatform.Domain.Identity;

namespace CleanPlatform.Api.Controllers.V1.Identity;

/// <summary>Realistic values for the Identity module's schemas in Swagger UI.</summary>
internal static class IdentityExamples
{
    public static ModuleExamples All { get; } = new("Identity",
        new Dictionary<string, JsonNode>(StringComparer.OrdinalIgnoreCase)
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
            ["role"] = "Member",
            ["roles"] = new JsonArray("Member"),
            ["scopes"] = new JsonArray("Read"),
            ["plan"] = "Pro",
            ["expiresAt"] = "2026-12-02T09:30:00+00:00",
            ["accessTokenExpiresAt"] = "2026-11-25T09:45:00+00:00",
            ["refreshTokenExpiresAt"] = "2026-12-09T09:30:00+00:00",
            ["periodStart"] = "2026-11-01T00:00:00+00:00",
            ["periodEnd"] = "2026-12-01T00:00:00+00:00",
            ["requestsPerMinute"] = 600,
            ["monthlyQuota"] = 1000000,
            ["used"] = 1250,
            ["remaining"] = 998750,
        },
        new Dictionary<Type, string>
        {
            [typeof(ApiKeyScopes)] = nameof(ApiKeyScopes.Read),
            [typeof(InvitationStatus)] = nameof(InvitationStatus.Pending),
        });
}
