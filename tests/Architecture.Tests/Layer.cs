using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace CleanPlatform.Architecture.Tests;

/// <summary>
/// What a rule checks: the types of <paramref name="Assembly"/> under the root namespace <paramref name="Namespace"/>.
/// The real layers are whole assemblies; the violations assembly holds every layer's namespace at once.
/// </summary>
internal sealed record Layer(Assembly Assembly, string Namespace)
{
    /// <summary>The layer's types as the compiler wrote them from source (closures and state machines aside).</summary>
    public IEnumerable<Type> Types() =>
        Assembly.GetTypes().Where(t => Contains(t.Namespace) && !IsCompilerGenerated(t));

    /// <summary>The same types, selected for NetArchTest.</summary>
    public PredicateList Selection() =>
        NetArchTest.Rules.Types.InAssembly(Assembly).That().ResideInNamespaceMatching(NamespacePattern(Namespace));

    public bool Contains(string? name) =>
        name is not null && (name == Namespace || name.StartsWith(Namespace + ".", StringComparison.Ordinal));

    /// <summary>A regular expression for <paramref name="name"/> and the namespaces under it.</summary>
    public static string NamespacePattern(string name) => $"^{Regex.Escape(name)}(\\.|$)";

    private static bool IsCompilerGenerated(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute), false)
        || (type.DeclaringType is { } outer && IsCompilerGenerated(outer));
}
