using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CleanPlatform.Infrastructure.Callers;

public static class CallerRegistration
{
    /// <summary>
    /// The current caller: the system caller a scope was opened for (<see cref="SystemWork"/>), otherwise
    /// <typeparamref name="TRequestCaller"/>, the one the host resolves from its request.
    /// </summary>
    public static IServiceCollection AddCurrentUser<TRequestCaller>(this IServiceCollection services)
        where TRequestCaller : class, ICurrentUser
    {
        services.AddScoped<TRequestCaller>();
        services.AddScoped<ICurrentUser>(sp =>
            sp.GetRequiredService<CallerSlot>().Caller ?? sp.GetRequiredService<TRequestCaller>());
        return services;
    }

    /// <summary>
    /// What background work needs to act as a system caller (<see cref="SystemWork"/> and the slot it fills);
    /// the scheduler and the outbox both ask for it, so it is added once whichever comes first.
    /// </summary>
    public static IServiceCollection AddSystemWork(this IServiceCollection services)
    {
        services.TryAddScoped<CallerSlot>();
        services.TryAddSingleton<SystemWork>();
        return services;
    }
}
