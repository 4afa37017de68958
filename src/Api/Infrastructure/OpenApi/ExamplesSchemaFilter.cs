using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CleanPlatform.Api.Infrastructure.OpenApi;

/// <summary>
/// Gives well-known properties realistic examples, so Swagger UI's "Try it out" bodies make sense, and each enum
/// one of its values. A schema takes its module's examples (<see cref="ModuleExamples"/>), then the shared ones; an
/// example that would not be valid against its schema is left out.
/// </summary>
internal sealed class ExamplesSchemaFilter(IEnumerable<ModuleExamples> modules) : ISchemaFilter
{
    // Properties that mean the same in every module.
    private static readonly Dictionary<string, JsonNode> Shared = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "0193c1e2-7a4b-7c3d-9e8f-1a2b3c4d5e6f",
        ["organizationId"] = "0193c1e2-6f10-7a2b-8c3d-4e5f6a7b8c9d",
        ["userId"] = "0193c1e2-7001-7b2c-9d3e-5f6a7b8c9d0e",
        ["createdAt"] = "2026-11-25T09:30:00+00:00",
        ["page"] = 1,
        ["pageSize"] = 50,
        ["totalCount"] = 1,
    };

    private readonly ModuleExamples[] _modules = [.. modules];

    // Enum properties are references, which cannot carry an example: their schema does, one of its own values.
    private readonly Dictionary<Type, string> _enumExamples = modules.SelectMany(m => m.Enums)
        .ToDictionary(e => e.Key, e => e.Value);

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete)
            return;
        if (concrete.Enum is { Count: > 0 } values)
        {
            JsonNode example = _enumExamples.GetValueOrDefault(context.Type) ?? values[0]!.DeepClone();
            concrete.Example = Fits(example, concrete) ? example : values[0]!.DeepClone();
            return;
        }

        var owner = _modules.FirstOrDefault(m => m.Owns(context.Type));
        foreach (var (name, property) in concrete.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            var example = owner?.Properties.GetValueOrDefault(name) ?? Shared.GetValueOrDefault(name);
            // A name can mean different things in different schemas (ProblemDetails.status is an HTTP status):
            // an example goes only where it is valid.
            if (example is not null && property is OpenApiSchema target && Fits(example, target))
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
