namespace CleanPlatform.Architecture.Tests;

public sealed class ModuleIsolationTests
{
    [Fact]
    public void ModuleTypes_Dependencies_ReachOtherModulesOnlyThroughTheirContracts() =>
        ModuleRules.CrossModuleUses(Layers.Domain, Layers.Application)
            .ShouldBeNone("modules talk through Application queries and their DTOs or domain events, never internals");
}
