using System.Globalization;
using System.Reflection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CleanPlatform.Api.Infrastructure.OpenApi;

/// <summary>
/// Puts limits on every string, number and array, as integrators' gateways and linters expect. In order:
/// the validators of the member's type (request bodies) or of the action's use case (query and route values),
/// then <see cref="KnownLimits"/>, then what a value's format or type bounds by itself.
/// </summary>
internal sealed class SchemaLimitsFilter(IServiceScopeFactory scopes) : ISchemaFilter
{
    // The longest texts .NET writes for these formats: a Guid ("D"), a DateTimeOffset round-trip ("O") and a
    // DateOnly (yyyy-MM-dd).
    private static readonly Dictionary<string, int> FormatLengths = new(StringComparer.Ordinal)
    {
        ["date"] = DateOnly.MaxValue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture).Length,
        ["uuid"] = Guid.Empty.ToString().Length,
        ["date-time"] = DateTimeOffset.MinValue.ToString("O", CultureInfo.InvariantCulture).Length,
    };

    private static readonly Assembly Application = typeof(Application.DependencyInjection).Assembly;

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete)
            return;

        using var scope = scopes.CreateScope();
        if (context.MemberInfo is { ReflectedType: { } owner } member)
        {
            var limits = ValidatorLimits.Of(owner, scope.ServiceProvider).GetValueOrDefault(member.Name);
            (limits?.Or(KnownLimits.For(owner, member.Name)) ?? KnownLimits.For(owner, member.Name))?.ApplyTo(concrete);
        }
        else if (context.ParameterInfo is { Member: MethodInfo action, Name: { } parameter }
            && UseCaseOf(action) is { } useCase)
        {
            var limits = ValidatorLimits.Of(useCase, scope.ServiceProvider).GetValueOrDefault(parameter);
            (limits?.Or(KnownLimits.For(useCase, parameter)) ?? KnownLimits.For(useCase, parameter))?.ApplyTo(concrete);
            // The model binder refuses what the type cannot hold: that is the bound a validator left open.
            TypeRange(concrete)?.ApplyTo(concrete);
        }

        if (concrete.Format is { } format && FormatLengths.TryGetValue(format, out var length))
            concrete.MaxLength ??= length;
    }

    /// <summary>The Application request an action sends: same module, named like the action.</summary>
    private static Type? UseCaseOf(MethodInfo action) =>
        action.DeclaringType is { } controller && OperationIds.TryModuleOf(controller) is { } module
            ? Application.GetTypes().FirstOrDefault(t => t.Name == action.Name
                && t.Namespace?.StartsWith($"{Application.GetName().Name}.{module}.", StringComparison.Ordinal) == true)
            : null;

    private static SchemaLimits? TypeRange(OpenApiSchema schema) => schema.Format switch
    {
        "int32" => new() { Minimum = Invariant(int.MinValue), Maximum = Invariant(int.MaxValue) },
        "int64" => new() { Minimum = Invariant(long.MinValue), Maximum = Invariant(long.MaxValue) },
        _ => null,
    };

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
