namespace CleanPlatform.Infrastructure.Outbox;

/// <summary>
/// Delivers one claimed row: each handler runs as the system caller named after it, inside the event's
/// organization, in a transaction of its own that also writes its processed mark. A handler that already
/// handled the event (an earlier, interrupted or concurrent delivery) is skipped; one that fails does not
/// stop the others, and the row is retried later for those that failed.
/// </summary>
internal sealed partial class OutboxDelivery(SystemWork work, OutboxCatalog catalog, TimeProvider time,
    ILogger<OutboxDelivery> log)
{
    /// <summary>Runs the row's handlers; returns why they failed, or null when all have handled it.</summary>
    public async Task<string?> DeliverAsync(OutboxMessage message, CancellationToken ct)
    {
        IDomainEvent domainEvent;
        try
        {
            domainEvent = catalog.Deserialize(message);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or NotSupportedException)
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }

        var failures = new List<string>();
        foreach (var handler in catalog.HandlersOf(domainEvent))
        {
            try
            {
                await RunAsync(message, domainEvent, handler, ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                var cause = ex is AggregateException { InnerExceptions: [var only] } ? only : ex;
                LogHandlerFailed(log, cause, handler.Name, message.Id, message.Attempts + 1);
                failures.Add($"{handler.Name}: {cause.GetType().Name}: {cause.Message}");
            }
        }

        return failures.Count == 0 ? null : string.Join(Environment.NewLine, failures);
    }

    private Task RunAsync(OutboxMessage message, IDomainEvent domainEvent, OutboxHandler handler, CancellationToken ct) =>
        message.OrganizationId is { } organizationId
            ? work.ForEachOrganizationAsync(handler.Name, [organizationId],
                (services, c) => HandleOnceAsync(services, message.Id, domainEvent, handler, c), ct)
            : work.AcrossOrganizationsAsync(handler.Name,
                (services, c) => HandleOnceAsync(services, message.Id, domainEvent, handler, c), ct);

    private async Task<bool> HandleOnceAsync(IServiceProvider services, Guid eventId, IDomainEvent domainEvent,
        OutboxHandler handler, CancellationToken ct)
    {
        // The commands a handler sends join this transaction; what they defer runs once it has ended.
        var afterCommit = services.GetRequiredService<AfterCommit>();
        afterCommit.Hold();
        try
        {
            var db = services.GetRequiredService<AppDbContext>();
            return await services.GetRequiredService<IUnitOfWork>().InTransactionAsync(async c =>
            {
                if (await db.ProcessedEvents.AnyAsync(p => p.EventId == eventId && p.Handler == handler.Name, c))
                    return false;
                await handler.InvokeAsync(services, domainEvent, c);
                // A concurrent delivery that got here first makes this insert fail, rolling the handler back.
                db.ProcessedEvents.Add(ProcessedEvent.Of(eventId, handler.Name, time.GetUtcNow()));
                await db.SaveChangesAsync(c);
                return true;
            }, ct);
        }
        finally
        {
            await afterCommit.ReleaseAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event handler {Handler} failed on outbox message {MessageId} (attempt {Attempt})")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string handler, Guid messageId, int attempt);
}
