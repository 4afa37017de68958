using Microsoft.EntityFrameworkCore.Query;

namespace CleanPlatform.Application.Common.Persistence;

/// <summary>
/// Set-based updates (<c>ExecuteUpdate</c>) of entities, stamped as a tracked save is: the concurrency
/// version bumped, <c>UpdatedAt</c> from the clock and <c>UpdatedBy</c> from the caller. A statement
/// bypasses the change tracker and so the auditing interceptor; every bulk update goes through here instead.
/// </summary>
public sealed class AuditedUpdates(ICurrentUser caller, TimeProvider time)
{
    /// <summary>Applies <paramref name="setters"/> and the stamps to every row of <paramref name="rows"/>; returns how many.</summary>
    public Task<int> ExecuteAsync<T>(IQueryable<T> rows, Action<UpdateSettersBuilder<T>> setters, CancellationToken ct)
        where T : Entity
    {
        var now = time.GetUtcNow();
        var by = caller.UserId;
        return rows.ExecuteUpdateAsync(s =>
        {
            setters(s);
            // A bumped version makes a save that loaded a row before this statement fail its concurrency check.
            s.SetProperty(e => e.Version, e => e.Version + 1)
                .SetProperty(e => e.UpdatedAt, now)
                .SetProperty(e => e.UpdatedBy, by);
        }, ct);
    }
}
