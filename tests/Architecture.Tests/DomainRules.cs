using System.Reflection;
using CleanPlatform.Domain.Common;

namespace CleanPlatform.Architecture.Tests;

/// <summary>Rules on the shape of domain types, as reflection; each returns the offenders.</summary>
internal static class DomainRules
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    // Stamped by the persistence layer's interceptors, so they need setters EF and the interceptor can reach.
    private static readonly HashSet<string> EntityAuditFields =
    [
        nameof(Entity.Version), nameof(Entity.CreatedAt), nameof(Entity.CreatedBy), nameof(Entity.UpdatedAt),
        nameof(Entity.UpdatedBy),
    ];

    /// <summary>
    /// Public ways to change a domain type's state from outside: a public <c>set</c> or <c>init</c> accessor,
    /// or a public field that is not read-only; on classes, structs, records and record structs alike.
    /// </summary>
    /// <remarks>
    /// <c>init</c> counts as a setter. STYLE.md wants state changed only through methods in the business's words,
    /// and value objects validated in their constructor; a positional record's <c>init</c> lets
    /// <c>with { … }</c> set a property without running that constructor. A record that wants its
    /// constructor's parameters as properties declares them get-only (<c>public T X { get; } = X;</c>).
    /// </remarks>
    public static IEnumerable<string> PublicSetters(Layer domain) =>
        from type in domain.Types()
        from member in type.GetProperties(Declared).Where(p => p.SetMethod is { IsPublic: true }).Cast<MemberInfo>()
            .Concat(type.GetFields(Declared).Where(f => f is { IsInitOnly: false, IsLiteral: false, IsSpecialName: false }))
        where !(type == typeof(Entity) && EntityAuditFields.Contains(member.Name))
        select $"{type.FullName}.{member.Name}";
}
