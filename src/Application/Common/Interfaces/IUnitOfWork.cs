namespace CleanPlatform.Application.Common.Interfaces;

/// <summary>Runs work in one database transaction, retried as a whole on transient failures.</summary>
public interface IUnitOfWork
{
    /// <summary>Runs <paramref name="work"/> in a transaction and commits it if it returns; joins one already open.</summary>
    Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct);
}

/// <summary>An open transaction of the request's unit of work; disposing it uncommitted rolls it back.</summary>
public interface IUnitOfWorkTransaction : IAsyncDisposable
{
    /// <summary>Commits everything the request's unit of work wrote in it.</summary>
    Task CommitAsync(CancellationToken ct);
}
