using System.Text.RegularExpressions;
using CleanPlatform.Domain.Common;
using Mediator;
using NetArchTest.Rules;

namespace CleanPlatform.Architecture.Tests;

/// <summary>
/// Module isolation. A module is the namespace segment after <c>CleanPlatform.Domain</c> or
/// <c>CleanPlatform.Application</c> (<c>Identity</c>, <c>Platform</c>, …; <c>Common</c> is shared, not a module),
/// found from the types themselves, so a new module is covered without editing this file. A module's Domain and
/// Application types use no other module's type except that module's published contracts:
/// <list type="bullet">
/// <item>its domain events: its types implementing <see cref="IDomainEvent"/>;</item>
/// <item>its queries: its types implementing Mediator's <see cref="IQuery{TResponse}"/>;</item>
/// <item>its DTOs: types of its Application named <c>…Dto</c>, what its queries return.</item>
/// </list>
/// Commands, handlers, entities, value objects and ports stay inside their module (ARCHITECTURE.md: modules
/// talk through Application queries or domain events). A constant (<c>Roles.Admin</c>) is copied into the
/// caller's IL as a literal, so no IL-based rule can see its use; such uses are left to review.
/// </summary>
internal static class ModuleRules
{
    private const string Shared = "Common";

    /// <summary>Types that use another module's type that is not one of its contracts.</summary>
    public static IEnumerable<string> CrossModuleUses(Layer domain, Layer application)
    {
        Layer[] layers = [domain, application];
        var types = layers.SelectMany(layer => layer.Types().Select(type => (Type: type, Module: ModuleOf(layer, type))))
            .Where(t => t.Module is not null).ToList();
        var assemblies = layers.Select(layer => layer.Assembly).Distinct().ToList();
        foreach (var module in types.Select(t => t.Module!).Distinct(StringComparer.Ordinal))
        {
            string[] internals =
                [.. types.Where(t => t.Module != module && !IsContract(t.Type, application)).Select(t => t.Type.FullName!)];
            if (internals.Length == 0)
                continue;
            var pattern = $"^({Regex.Escape(domain.Namespace)}|{Regex.Escape(application.Namespace)})\\.{Regex.Escape(module)}(\\.|$)";
            var offenders = Types.InAssemblies(assemblies).That().ResideInNamespaceMatching(pattern)
                .ShouldNot().HaveDependencyOnAny(internals).GetResult().FailingTypeNames ?? [];
            foreach (var offender in offenders)
                yield return offender;
        }
    }

    private static string? ModuleOf(Layer layer, Type type)
    {
        var rest = type.Namespace!.Length > layer.Namespace.Length ? type.Namespace[(layer.Namespace.Length + 1)..] : "";
        var module = rest.Split('.')[0];
        return module is "" or Shared ? null : module;
    }

    private static bool IsContract(Type type, Layer application) =>
        typeof(IDomainEvent).IsAssignableFrom(type)
        || type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQuery<>))
        || (application.Contains(type.Namespace) && type.Name.EndsWith("Dto", StringComparison.Ordinal));
}
