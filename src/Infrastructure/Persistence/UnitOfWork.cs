namespace CleanPlatform.Infrastructure.Persistence;

internal sealed class UnitOfWork(AppDbContext db) : IUnitOfWork
{
    public async Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
            return await work(ct);

        // The execution strategy owns the transaction, so providers with retries replay it whole.
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(work, async (state, c) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(c);
            var result = await state(c);
            await transaction.CommitAsync(c);
            return result;
        }, null, ct);
    }
}
