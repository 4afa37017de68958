namespace CleanPlatform.Architecture.Tests;

public sealed class LayerDependencyTests
{
    [Fact]
    public void DomainTypes_Dependencies_AreOnlyTheRuntimeAndTheDomain() =>
        DependencyRules.DomainTypesBeyondTheWhitelist(Layers.Domain)
            .ShouldBeNone("the domain is the core and knows no layer, framework or package");

    [Fact]
    public void DomainAssembly_References_AreOnlyTheRuntimes() =>
        DependencyRules.DomainReferencesBeyondTheWhitelist(Layers.Domain.Assembly)
            .ShouldBeNone("the domain is the core and knows no layer, framework or package");

    [Fact]
    public void ApplicationTypes_Dependencies_AreOnlyDomainAndTheChosenLibraries() =>
        DependencyRules.ApplicationTypesBeyondTheWhitelist(Layers.Application)
            .ShouldBeNone("use cases reach the outside only through ports they own");

    [Fact]
    public void ApplicationAssembly_References_AreOnlyDomainAndTheChosenLibraries() =>
        DependencyRules.ApplicationReferencesBeyondTheWhitelist(Layers.Application.Assembly)
            .ShouldBeNone("use cases reach the outside only through ports they own");

    // Infrastructure -> Api is not checked: Api references Infrastructure, so the reverse would be a project
    // reference cycle, which the build refuses before any test could run.
}
