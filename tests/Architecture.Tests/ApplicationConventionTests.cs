using NetArchTest.Rules;

namespace CleanPlatform.Architecture.Tests;

public sealed class ApplicationConventionTests
{
    [Fact]
    public void Handlers_Declarations_ArePublicAndSealed() =>
        Types.InAssembly(Layers.Application).That().HaveNameEndingWith("Handler")
            .Should().BePublic().And().BeSealed()
            .ShouldHold("handlers are public sealed so the Api's Mediator generator can register them");

    [Fact]
    public void Handlers_Namespace_MatchesTheirRequest() =>
        ConventionRules.HandlersOutsideTheirRequestNamespace(Layers.Application)
            .ShouldBeNone("a use case's request and handler live in one folder");
}
