namespace CleanPlatform.Architecture.Tests;

public sealed class DomainConventionTests
{
    [Fact]
    public void DomainTypes_State_HasNoPublicSettersButEntityAuditFields() =>
        DomainRules.PublicSetters(Layers.Domain)
            .ShouldBeNone("state changes only through methods in the business's words");
}
