using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CleanPlatform.Infrastructure.Outbox;

/// <summary>
/// Wakes this node's dispatcher as soon as a transaction that wrote outbox rows commits, so that an event is handled
/// within milliseconds rather than at the next poll (<c>Outbox:DispatchOnCommit</c>). A context is marked when events
/// are written; its commit (or its save, when the save ran in a transaction of its own) wakes the dispatcher, its
/// rollback forgets the mark. Other nodes still find the rows at their next poll.
/// </summary>
internal sealed class OutboxWakeUp(IOptions<OutboxOptions> options)
    : DbTransactionInterceptor, ISaveChangesInterceptor, IDisposable
{
    private static readonly object Marked = new();
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];
    private readonly SemaphoreSlim _signal = new(0, 1);

    /// <summary>Notes that <paramref name="context"/> wrote events that are not committed yet.</summary>
    public void EventsWritten(DbContext context)
    {
        if (options.Value.DispatchOnCommit)
            _pending.AddOrUpdate(context, Marked);
    }

    /// <summary>Waits for a commit of events, or <paramref name="timeout"/>.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AfterSave(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        AfterSave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Committed(eventData.Context);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        Forget(eventData.Context);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    // A save outside any transaction the caller began has committed by now.
    private void AfterSave(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
            Committed(context);
    }

    private void Committed(DbContext? context)
    {
        if (context is null || !_pending.Remove(context))
            return;
        try
        {
            if (_signal.CurrentCount == 0)
                _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Another commit woke the dispatcher first: one pass delivers both.
        }
    }

    public void Dispose() => _signal.Dispose();

    private void Forget(DbContext? context)
    {
        if (context is not null)
            _pending.Remove(context);
    }
}
