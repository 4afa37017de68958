using System.Reflection;

namespace CleanPlatform.Architecture.Tests;

/// <summary>
/// Whitelists: what each inner layer may use, checked twice. Types: every type the layer's IL names (member
/// signatures, bodies, attributes, generic arguments), by namespace, through NetArchTest. Assemblies: what
/// the layer's assembly references. The second catches what a namespace cannot: a package that puts its
/// types under <c>System.*</c> (System.IdentityModel.Tokens.Jwt, for one) is not the runtime.
/// </summary>
internal static class DependencyRules
{
    /// <summary>"The BCL": the assemblies of the runtime this test runs on (Microsoft.NETCore.App).</summary>
    private static readonly HashSet<string> RuntimeAssemblies =
        [.. Directory.GetFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll")
            .Select(file => Path.GetFileNameWithoutExtension(file))];

    // The EF Core types Application uses today, and nothing else of EF Core: sets and LINQ operators to query
    // and bulk-update through the modules' IModuleDb interfaces, the change tracker to clear, and the exceptions a save
    // throws (a lost optimistic-concurrency race is its own).
    private static readonly string[] EntityFrameworkTypes =
    [
        "Microsoft.EntityFrameworkCore.DbSet`1", "Microsoft.EntityFrameworkCore.DbUpdateException",
        "Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException",
        "Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions",
        "Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker",
        "Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry`1",
        "Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder`1",
    ];

    // Mapster is not in issue 12's list, but ARCHITECTURE.md makes it the pipeline's DTO mapper
    // (ProjectToType in queries), so Application may use it.
    private static readonly string[] ApplicationLibraries =
        ["Mediator", "FluentValidation", "Mapster", "Microsoft.Extensions"];

    private static readonly string[] ApplicationLibraryAssemblies =
    [
        "Mediator", "FluentValidation", "FluentValidation.DependencyInjectionExtensions", "Mapster",
        "Microsoft.EntityFrameworkCore",
    ];

    /// <summary>Domain types that use anything but the runtime's <c>System.*</c> and the domain itself.</summary>
    public static IEnumerable<string> DomainTypesBeyondTheWhitelist(Layer domain) =>
        TypesBeyond(domain, "System", Layers.DomainNamespace);

    /// <summary>Assemblies the domain references besides the runtime's.</summary>
    public static IEnumerable<string> DomainReferencesBeyondTheWhitelist(Assembly domain) =>
        ReferencesBeyond(domain, name => name == Layers.DomainNamespace);

    /// <summary>Application types that use anything but the runtime, Domain, Application and its chosen libraries.</summary>
    public static IEnumerable<string> ApplicationTypesBeyondTheWhitelist(Layer application) =>
        TypesBeyond(application,
            ["System", Layers.DomainNamespace, Layers.ApplicationNamespace, .. ApplicationLibraries, .. EntityFrameworkTypes]);

    /// <summary>Assemblies Application references besides the runtime's, Domain and its chosen libraries.</summary>
    public static IEnumerable<string> ApplicationReferencesBeyondTheWhitelist(Assembly application) =>
        ReferencesBeyond(application, name => name == Layers.DomainNamespace
            || ApplicationLibraryAssemblies.Contains(name)
            || name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal));

    private static IEnumerable<string> TypesBeyond(Layer layer, params string[] allowed) =>
        layer.Selection().Should().OnlyHaveDependenciesOn(allowed).GetResult().FailingTypeNames ?? [];

    private static IEnumerable<string> ReferencesBeyond(Assembly assembly, Func<string, bool> allowed) =>
        from reference in assembly.GetReferencedAssemblies()
        let name = reference.Name!
        where !RuntimeAssemblies.Contains(name) && !allowed(name)
        select name;
}
