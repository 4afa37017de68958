using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CleanPlatform.Infrastructure.Persistence.Interceptors;

/// <summary>
/// An interceptor that works on a context's tracked entities just before a save, whether the save is
/// synchronous or not; the save itself goes on as it would.
/// </summary>
internal abstract class BeforeSavingInterceptor : SaveChangesInterceptor
{
    public sealed override InterceptionResult<int> SavingChanges(DbContextEventData eventData,
        InterceptionResult<int> result)
    {
        BeforeSaving(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public sealed override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        BeforeSaving(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    /// <summary>What to do with the context's entities before they are saved.</summary>
    protected abstract void BeforeSaving(DbContext? context);
}
