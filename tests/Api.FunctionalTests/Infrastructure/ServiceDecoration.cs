using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CleanPlatform.Api.FunctionalTests.Infrastructure;

/// <summary>Wraps a test host's registered service in a decorator, as a test double around the real thing.</summary>
public static class ServiceDecoration
{
    /// <summary>
    /// Replaces the scoped registration of <typeparamref name="TService"/> with <paramref name="decorate"/> applied
    /// to the registered implementation, built as the container would build it.
    /// </summary>
    public static void Decorate<TService>(this IServiceCollection services,
        Func<IServiceProvider, TService, TService> decorate) where TService : class
    {
        var real = services.Single(d => d.ServiceType == typeof(TService)).ImplementationType!;
        services.Replace(ServiceDescriptor.Scoped<TService>(sp =>
            decorate(sp, (TService)ActivatorUtilities.CreateInstance(sp, real))));
    }
}
