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
