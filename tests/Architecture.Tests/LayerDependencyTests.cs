using NetArchTest.Rules;

namespace CleanPlatform.Architecture.Tests;

public sealed class LayerDependencyTests
{
    [Fact]
    public void Domain_Dependencies_ExcludeOtherLayersAndFrameworks() =>
        Types.InAssembly(Layers.Domain).ShouldNot().HaveDependencyOnAny(
                Layers.ApplicationNamespace, Layers.InfrastructureNamespace, Layers.ApiNamespace,
                "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Mediator", "FluentValidation")
            .ShouldHold("the domain is the core and knows no layer or framework");

    [Fact]
    public void Application_Dependencies_ExcludeInfrastructureApiAndAspNetCore() =>
        Types.InAssembly(Layers.Application).ShouldNot().HaveDependencyOnAny(
                Layers.InfrastructureNamespace, Layers.ApiNamespace, "Microsoft.AspNetCore")
            .ShouldHold("use cases reach the outside only through ports they own");

    [Fact]
    public void Infrastructure_Dependencies_ExcludeApi() =>
        Types.InAssembly(Layers.Infrastructure).ShouldNot().HaveDependencyOn(Layers.ApiNamespace)
            .ShouldHold("adapters must not know the host that composes them");
}
