using CleanPlatform.Application.Common.Interfaces;
using NetArchTest.Rules;

namespace CleanPlatform.Architecture.Tests;

public sealed class ApiTests
{
    private const string ControllersNamespace = "CleanPlatform.Api.Controllers";
    private const string ApiInfrastructureNamespace = "CleanPlatform.Api.Infrastructure";

    [Fact]
    public void ApiTypesExceptProgram_Dependencies_ExcludeInfrastructure() =>
        Types.InAssembly(Layers.Api.Assembly).That().DoNotHaveName(nameof(Program))
            .ShouldNot().HaveDependencyOn(Layers.InfrastructureNamespace)
            .ShouldHold("Program is the composition root, the one Api type that may wire Infrastructure in");

    [Fact]
    public void Controllers_Dependencies_ExcludeInfrastructure() =>
        Types.InAssembly(Layers.Api.Assembly).That().ResideInNamespace(ControllersNamespace)
            .ShouldNot().HaveDependencyOn(Layers.InfrastructureNamespace)
            .ShouldHold("only Program composes Infrastructure; controllers talk to Application");

    [Fact]
    public void ApiInfrastructure_Dependencies_ExcludeInfrastructure() =>
        Types.InAssembly(Layers.Api.Assembly).That().ResideInNamespace(ApiInfrastructureNamespace)
            .ShouldNot().HaveDependencyOn(Layers.InfrastructureNamespace)
            .ShouldHold("only Program composes Infrastructure; the host's plumbing uses Application ports");

    [Fact]
    public void Controllers_Dependencies_ExcludeEntityFrameworkAndDbContext() =>
        Types.InAssembly(Layers.Api.Assembly).That().ResideInNamespace(ControllersNamespace)
            .ShouldNot().HaveDependencyOnAny(["Microsoft.EntityFrameworkCore", .. ModuleDbInterfaces])
            .ShouldHold("a controller binds, sends and picks a status; data access belongs to handlers");

    // IModuleDb and every module's interface deriving from it (IIdentityDb, IPlatformDb, ...).
    private static IEnumerable<string> ModuleDbInterfaces =>
        Layers.Application.Assembly.GetTypes().Where(t => t.IsInterface && typeof(IModuleDb).IsAssignableFrom(t))
            .Select(t => t.FullName!);
}
