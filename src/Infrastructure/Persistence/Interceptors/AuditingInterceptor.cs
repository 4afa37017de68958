namespace CleanPlatform.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Stamps Created*/Updated* and bumps the concurrency version of every saved entity. One instance serves
/// every context (so the contexts' options are built once, not per request); the caller is the context's own.
/// </summary>
internal sealed class AuditingInterceptor(TimeProvider time) : BeforeSavingInterceptor
{
    protected override void BeforeSaving(DbContext? context)
    {
        if (context is null)
            return;
        var userId = (context as AppDbContext)?.Caller.UserId;
        var now = time.GetUtcNow();
        foreach (var entry in context.ChangeTracker.Entries<Entity>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    if (entry.Entity.CreatedAt == default)
                        entry.Entity.CreatedAt = now;
                    entry.Entity.CreatedBy ??= userId;
                    entry.Entity.Version = 1;
                    break;
                case EntityState.Modified:
                    entry.Entity.UpdatedAt = now;
                    entry.Entity.UpdatedBy = userId;
                    entry.Entity.Version++;
                    break;
            }
        }
    }
}
