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
}
