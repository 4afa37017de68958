using System.Reflection;
using CleanPlatform.Application.Common.Interfaces;
using CleanPlatform.Domain.Common;

namespace CleanPlatform.Architecture.Tests;

/// <summary>One assembly per layer, found through a type that lives in it.</summary>
internal static class Layers
{
    public const string DomainNamespace = "CleanPlatform.Domain";
    public const string ApplicationNamespace = "CleanPlatform.Application";
    public const string InfrastructureNamespace = "CleanPlatform.Infrastructure";
    public const string ApiNamespace = "CleanPlatform.Api";

    public static Assembly Domain { get; } = typeof(Entity).Assembly;

    public static Assembly Application { get; } = typeof(IAppDbContext).Assembly;

    public static Assembly Infrastructure { get; } = typeof(CleanPlatform.Infrastructure.DependencyInjection).Assembly;

    public static Assembly Api { get; } = typeof(Program).Assembly;
}
