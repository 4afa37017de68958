using CleanPlatform.Application.Common.Interfaces;
using CleanPlatform.Domain.Common;
using CleanPlatform.Domain.Identity;

namespace CleanPlatform.Architecture.Tests;

/// <summary>One assembly per layer, found through a type that lives in it.</summary>
internal static class Layers
{
    public const string DomainNamespace = "CleanPlatform.Domain";
    public const string ApplicationNamespace = "CleanPlatform.Application";
    public const string InfrastructureNamespace = "CleanPlatform.Infrastructure";
    public const string ApiNamespace = "CleanPlatform.Api";

    public static Layer Domain { get; } = new(typeof(Entity).Assembly, DomainNamespace);

    public static Layer Application { get; } = new(typeof(IModuleDb).Assembly, ApplicationNamespace);

    public static Layer Api { get; } = new(typeof(Program).Assembly, ApiNamespace);

    /// <summary>The deliberately broken types (tests/Architecture.Violations), in every layer's namespace.</summary>
    public static class Violations
    {
        private static readonly System.Reflection.Assembly Assembly = typeof(MemberWithPublicSetter).Assembly;

        public static Layer Domain { get; } = new(Assembly, DomainNamespace);

        public static Layer Application { get; } = new(Assembly, ApplicationNamespace);
    }
}
