namespace CleanPlatform.Application.Common.Interfaces;

/// <summary>Runs work in one database transaction, retried as a whole on transient failures.</summary>
public interface IUnitOfWork
{
    /// <summary>Runs <paramref name="work"/> in a transaction and commits it if it returns.</summary>
    Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct);
}
