namespace CleanPlatform.Architecture.Tests;

/// <summary>
/// Handlers are what implements one of Mediator's handler interfaces (<c>ICommandHandler</c>, <c>IQueryHandler</c>,
/// <c>IRequestHandler</c>, <c>INotificationHandler</c>, the stream ones: every generic interface of the
/// <c>Mediator</c> namespace named <c>I…Handler</c>), whatever the class is called. Each rule returns the offenders.
/// </summary>
internal static class HandlerRules
{
    private const string MediatorNamespace = "Mediator";

    /// <summary>A handler and the message it handles, one pair per handler interface it implements.</summary>
    private sealed record Handling(Type Handler, Type Message, bool IsNotification);

    /// <summary>Handlers that are not <c>public sealed</c> (the Api's Mediator generator registers public ones).</summary>
    public static IEnumerable<string> NotPublicSealed(Layer application) =>
        Handlings(application).Select(h => h.Handler).Distinct()
            .Where(handler => !(handler.IsPublic && handler.IsSealed)).Select(handler => handler.FullName!);

    /// <summary>Request handlers outside their request's namespace (a use case's folder).</summary>
    public static IEnumerable<string> OutsideTheirRequestsNamespace(Layer application) =>
        Described(Handlings(application).Where(h => !h.IsNotification && h.Message.Namespace != h.Handler.Namespace));

    /// <summary>Request handlers not named request + <c>Handler</c>; other handlers not ending in <c>Handler</c>.</summary>
    public static IEnumerable<string> NotNamedForTheirRequest(Layer application) =>
        Described(Handlings(application).Where(h => h.IsNotification
            ? !h.Handler.Name.EndsWith("Handler", StringComparison.Ordinal)
            : h.Handler.Name != h.Message.Name + "Handler"));

    // Distinct: Mediator's one-argument handler interfaces extend the two-argument ones, so a handler can
    // implement two interfaces for one message.
    private static IEnumerable<string> Described(IEnumerable<Handling> handlings) =>
        handlings.Select(h => $"{h.Handler.FullName} handles {h.Message.FullName}").Distinct(StringComparer.Ordinal);

    private static IEnumerable<Handling> Handlings(Layer application) =>
        from type in application.Types()
        where type is { IsClass: true, IsAbstract: false }
        from contract in type.GetInterfaces()
        where contract.IsGenericType && contract.Namespace == MediatorNamespace
        let name = contract.Name[..contract.Name.IndexOf('`', StringComparison.Ordinal)]
        where name.StartsWith('I') && name.EndsWith("Handler", StringComparison.Ordinal)
        select new Handling(type, contract.GetGenericArguments()[0], name == "INotificationHandler");
}
