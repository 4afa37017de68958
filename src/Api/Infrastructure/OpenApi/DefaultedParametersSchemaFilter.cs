using System.Reflection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CleanPlatform.Api.Infrastructure.OpenApi;

/// <summary>
/// A record's constructor parameter with a default value may be left out of a body: the deserializer takes the
/// default. Its property is therefore not required, whatever its type (a backtest rule's <c>stake</c> defaults to 1).
/// </summary>
internal sealed class DefaultedParametersSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Required.Count: > 0 } concrete)
            return;
        var defaulted = context.Type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()?.GetParameters()
            .Where(p => p.HasDefaultValue && p.Name is not null)
            .Select(p => p.Name!)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (defaulted is not { Count: > 0 })
            return;
        foreach (var name in concrete.Required!.Where(defaulted.Contains).ToList())
            concrete.Required.Remove(name);
    }
}
