namespace CleanPlatform.Architecture.Tests;

public sealed class ApplicationConventionTests
{
    [Fact]
    public void Handlers_Declarations_ArePublicAndSealed() =>
        HandlerRules.NotPublicSealed(Layers.Application)
            .ShouldBeNone("handlers are public sealed so the Api's Mediator generator can register them");

    [Fact]
    public void Handlers_Namespace_MatchesTheirRequest() =>
        HandlerRules.OutsideTheirRequestsNamespace(Layers.Application)
            .ShouldBeNone("a use case's request and handler live in one folder");

    [Fact]
    public void Handlers_Name_IsTheirRequestsNamePlusHandler() =>
        HandlerRules.NotNamedForTheirRequest(Layers.Application)
            .ShouldBeNone("a handler is found by its request's name (STYLE.md: name + role)");
}
