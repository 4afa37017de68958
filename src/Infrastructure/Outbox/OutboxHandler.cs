namespace CleanPlatform.Infrastructure.Outbox;

/// <summary>
/// A registered event handler as the dispatcher calls it. Its name keys its processed marks and names the
/// system caller it runs as, so it is unique.
/// </summary>
internal sealed class OutboxHandler
{
    private readonly Func<IServiceProvider, IDomainEvent, CancellationToken, Task> _invoke;

    private OutboxHandler(string name, Func<IServiceProvider, IDomainEvent, CancellationToken, Task> invoke)
    {
        Name = name;
        _invoke = invoke;
    }

    public string Name { get; }

    public static OutboxHandler For(EventHandlerRegistration registration)
    {
        var invoke = typeof(OutboxHandler).GetMethod(nameof(Invoke), System.Reflection.BindingFlags.NonPublic
                | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(registration.EventType, registration.HandlerType)
            .CreateDelegate<Func<IServiceProvider, IDomainEvent, CancellationToken, Task>>();
        return new OutboxHandler(registration.HandlerType.Name, invoke);
    }

    /// <summary>Resolves the handler from the delivery's scope and hands it the event.</summary>
    public Task InvokeAsync(IServiceProvider services, IDomainEvent domainEvent, CancellationToken ct) =>
        _invoke(services, domainEvent, ct);

    private static Task Invoke<TEvent, THandler>(IServiceProvider services, IDomainEvent domainEvent, CancellationToken ct)
        where TEvent : IDomainEvent where THandler : IHandles<TEvent> =>
        services.GetRequiredService<THandler>().HandleAsync((TEvent)domainEvent, ct);
}
