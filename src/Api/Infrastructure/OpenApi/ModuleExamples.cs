using System.Text.Json.Nodes;

namespace CleanPlatform.Api.Infrastructure.OpenApi;

/// <summary>
/// The OpenAPI examples one module gives its own schemas: by property name, and one value per enum. A schema
/// belongs to the module whose name is a segment of its type's namespace (<c>CleanPlatform.Application.Identity.…</c>),
/// so one module's <c>name</c> or <c>status</c> never lends its example to another's.
/// </summary>
public sealed record ModuleExamples(
    string Module, IReadOnlyDictionary<string, JsonNode> Properties, IReadOnlyDictionary<Type, string> Enums)
{
    public bool Owns(Type type) => (type.Namespace ?? "").Split('.').Contains(Module, StringComparer.Ordinal);
}

public static class ModuleExamplesRegistration
{
    /// <summary>Adds a module's examples to the OpenAPI document.</summary>
    public static IServiceCollection AddModuleExamples(this IServiceCollection services, ModuleExamples examples) =>
        services.AddSingleton(examples);
}
