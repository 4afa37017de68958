namespace CleanPlatform.Architecture.Tests;

public sealed class DomainConventionTests
{
    [Fact]
    public void DomainClasses_Properties_HaveNoPublicSettersButEntityAuditFields() =>
        ConventionRules.PublicSetters(Layers.Domain)
            .ShouldBeNone("state changes only through methods in the business's words");
}
