using CleanPlatform.Infrastructure.Persistence.Interceptors;

namespace CleanPlatform.Infrastructure.Outbox;

/// <summary>
/// Turns the events of the entities being saved into outbox rows of the same save (so of the same
/// transaction), then clears the entities' events, and has the dispatcher woken once they commit. One instance serves every
/// context.
/// </summary>
internal sealed class OutboxInterceptor(OutboxWakeUp wakeUp, TimeProvider time) : BeforeSavingInterceptor
{
    protected override void BeforeSaving(DbContext? context)
    {
        if (context is not AppDbContext db)
            return;
        var raisers = db.ChangeTracker.Entries<IHasDomainEvents>().Select(e => e.Entity)
            .Where(e => e.DomainEvents.Count > 0).ToList();
        if (raisers.Count == 0)
            return;
        var now = time.GetUtcNow();
        foreach (var raiser in raisers)
        {
            foreach (var domainEvent in raiser.DomainEvents)
                db.OutboxMessages.Add(OutboxMessage.Of(domainEvent, now));
            raiser.ClearDomainEvents();
        }

        wakeUp.EventsWritten(db);
    }
}
