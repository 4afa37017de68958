namespace CleanPlatform.Infrastructure.Outbox;

/// <summary>
/// Deletes delivered events older than <c>Outbox:Retention</c>, then the handlers' marks of events that are
/// gone. An event still being tried keeps its marks, so the handlers that already handled it are not run
/// again; an abandoned one stays for an operator to look at. The outbox spans organizations, so this runs
/// across them.
/// </summary>
internal sealed class OutboxPurge(SystemWork work, IOptions<OutboxOptions> options, TimeProvider time)
{
    public const string Name = "PurgeDeliveredEvents";

    /// <summary>Purges once; returns how many events it deleted. Running it again deletes nothing more.</summary>
    public Task<int> PurgeAsync(CancellationToken ct) =>
        work.AcrossOrganizationsAsync(Name, async (services, c) =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var before = time.GetUtcNow() - options.Value.Retention;
            var events = await db.OutboxMessages.Where(m => m.ProcessedAt != null && m.ProcessedAt <= before)
                .ExecuteDeleteAsync(c);
            await db.ProcessedEvents.Where(p => p.ProcessedAt <= before && !db.OutboxMessages.Any(m => m.Id == p.EventId))
                .ExecuteDeleteAsync(c);
            return events;
        }, ct);
}
