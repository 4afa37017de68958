using System.Reflection;
using CleanPlatform.Domain.Common;

namespace CleanPlatform.Architecture.Tests;

/// <summary>Rules NetArchTest cannot express, as reflection over an assembly; each returns the offenders.</summary>
internal static class ConventionRules
{
    private const string MediatorNamespace = "Mediator";

    // Stamped by the persistence layer's interceptors, so they need setters EF and the interceptor can reach.
    private static readonly HashSet<string> EntityAuditFields =
    [
        nameof(Entity.Version), nameof(Entity.CreatedAt), nameof(Entity.CreatedBy), nameof(Entity.UpdatedAt),
        nameof(Entity.UpdatedBy),
    ];

    public static IEnumerable<string> HandlersOutsideTheirRequestNamespace(Assembly assembly) =>
        from handler in assembly.GetTypes()
        where handler.IsClass && handler.Name.EndsWith("Handler", StringComparison.Ordinal)
        from contract in handler.GetInterfaces()
        where contract.IsGenericType && contract.Namespace == MediatorNamespace
        let request = contract.GetGenericArguments()[0]
        where request.Namespace != handler.Namespace
        select $"{handler.FullName} handles {request.FullName}";

    public static IEnumerable<string> PublicSetters(Assembly assembly) =>
        from type in assembly.GetTypes()
        where type.IsClass
        from property in type.GetProperties(
            BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
        where property.SetMethod is { IsPublic: true }
        where !(type == typeof(Entity) && EntityAuditFields.Contains(property.Name))
        select $"{type.FullName}.{property.Name}";
}
