namespace CleanPlatform.Infrastructure.Outbox;

/// <summary>
/// One dispatch pass: claims a batch of due rows, delivers each, and records the outcome: delivered, or a
/// failure with the next attempt pushed back exponentially. The outbox spans organizations, so claiming and
/// bookkeeping run across them, as <see cref="Name"/>; each handler then runs inside its event's organization.
/// </summary>
internal sealed partial class OutboxDispatcher(SystemWork work, OutboxClaims claims, OutboxDelivery delivery,
    IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxDispatcher> log)
{
    public const string Name = "OutboxDispatcher";

    /// <summary>Claims and delivers one batch; returns how many rows it claimed.</summary>
    public async Task<int> DispatchAsync(CancellationToken ct)
    {
        var lease = await ClaimAsync(ct);
        foreach (var message in lease.Messages)
            await DeliverAsync(message, lease, ct);
        return lease.Messages.Count;
    }

    public Task<OutboxLease> ClaimAsync(CancellationToken ct) =>
        work.AcrossOrganizationsAsync(Name, (services, c) => claims.ClaimAsync(Db(services), c), ct);

    /// <summary>Delivers one row of <paramref name="lease"/> and records how it went; true when every handler has handled it.</summary>
    public async Task<bool> DeliverAsync(OutboxMessage message, OutboxLease lease, CancellationToken ct)
    {
        var error = await delivery.DeliverAsync(message, ct);
        var now = time.GetUtcNow();
        if (error is null)
        {
            // Whoever holds the row now, it is delivered: every handler has its processed mark.
            await UpdateAsync(m => m.Id == message.Id, s => s
                .SetProperty(m => m.ProcessedAt, now)
                .SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.LeaseId, (Guid?)null)
                .SetProperty(m => m.LeasedUntil, (DateTimeOffset?)null), ct);
            return true;
        }

        var failures = message.Attempts + 1;
        if (failures >= options.Value.MaxAttempts)
            LogGaveUp(log, message.Id, message.Type, failures);
        var lastError = error.Length > OutboxMessage.ErrorMaxLength ? error[..OutboxMessage.ErrorMaxLength] : error;
        // Only while this node's lease holds: a node that claimed the row since then owns its bookkeeping.
        await UpdateAsync(m => m.Id == message.Id && m.LeaseId == lease.Id, s => s
            .SetProperty(m => m.Attempts, failures)
            .SetProperty(m => m.NextAttemptAt, now + options.Value.DelayAfter(failures))
            .SetProperty(m => m.LastError, lastError)
            .SetProperty(m => m.LeaseId, (Guid?)null)
            .SetProperty(m => m.LeasedUntil, (DateTimeOffset?)null), ct);
        return false;
    }

    private Task<int> UpdateAsync(System.Linq.Expressions.Expression<Func<OutboxMessage, bool>> rows,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<OutboxMessage>> setters, CancellationToken ct) =>
        work.AcrossOrganizationsAsync(Name,
            (services, c) => Db(services).OutboxMessages.Where(rows).ExecuteUpdateAsync(setters, c), ct);

    private static AppDbContext Db(IServiceProvider services) => services.GetRequiredService<AppDbContext>();

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up on outbox message {MessageId} ({Type}) after {Attempts} failed deliveries")]
    private static partial void LogGaveUp(ILogger logger, Guid messageId, string type, int attempts);
}
