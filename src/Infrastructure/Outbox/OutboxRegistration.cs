using CleanPlatform.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CleanPlatform.Infrastructure.Outbox;

public static class OutboxRegistration
{
    /// <summary>
    /// Domain events through a transactional outbox: the interceptor that writes them with the change, the
    /// dispatcher that delivers them (settings under <c>Outbox:</c>) and every <see cref="IHandles{TEvent}"/>
    /// of the Application.
    /// </summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection("Outbox"))
            .Validate(o => o.IsValid, "Outbox: intervals, delays, retention, batch size and attempts must be positive, and MaxRetryDelay at least RetryDelay.")
            .ValidateOnStart();
        services.AddSingleton<OutboxWakeUp>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<OutboxWakeUp>());
        services.AddSingleton<IInterceptor, OutboxInterceptor>();
        services.AddScoped<IEventOutbox, EventOutbox>();
        services.AddSystemWork();
        services.AddSingleton<OutboxCatalog>();
        services.AddSingleton<OutboxClaims>();
        services.AddSingleton<OutboxDelivery>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService<OutboxDispatcherService>();
        services.AddSingleton<OutboxPurge>();
        services.AddScheduledJob<PurgeDeliveredEventsJob>(configuration, defaultCron: "0 37 3 * * ?");

        var handlers = from type in typeof(IHandles<>).Assembly.GetTypes()
                       where type is { IsClass: true, IsAbstract: false }
                       from contract in type.GetInterfaces()
                       where contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IHandles<>)
                       select new EventHandlerRegistration(contract.GetGenericArguments()[0], type);
        foreach (var handler in handlers)
            services.AddEventHandler(handler);
        return services;
    }

    /// <summary>Registers one more handler of <typeparamref name="TEvent"/> (a module's or a test's).</summary>
    public static IServiceCollection AddEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IDomainEvent where THandler : class, IHandles<TEvent> =>
        services.AddEventHandler(new EventHandlerRegistration(typeof(TEvent), typeof(THandler)));

    private static IServiceCollection AddEventHandler(this IServiceCollection services, EventHandlerRegistration registration)
    {
        services.TryAddScoped(registration.HandlerType);
        services.AddSingleton(registration);
        return services;
    }
}
