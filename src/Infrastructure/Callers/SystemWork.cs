namespace CleanPlatform.Infrastructure.Callers;

/// <summary>
/// Runs background work as a named <see cref="SystemCaller"/>, each piece in a scope of its own. Work for
/// organizations runs inside one organization at a time, under its tenant filter, and its commands are
/// audited as "system: name" in that organization's trail. Work that is cross-tenant by nature says so by
/// calling <see cref="AcrossOrganizationsAsync{T}"/>: this class is the one place where background work
/// steps outside the tenant filter.
/// </summary>
public sealed partial class SystemWork(IServiceScopeFactory scopes, ILogger<SystemWork> log)
{
    /// <summary>
    /// Runs <paramref name="work"/> for each of <paramref name="organizationIds"/>, in order. One
    /// organization's failure does not stop the others; when any failed, an <see cref="AggregateException"/>
    /// with each failure follows once all have run.
    /// </summary>
    public async Task ForEachOrganizationAsync(string name, IEnumerable<Guid> organizationIds,
        Func<IServiceProvider, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        var failures = new List<Exception>();
        var count = 0;
        foreach (var organizationId in organizationIds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            count++;
            try
            {
                await using var scope = Open(SystemCaller.ForOrganization(name, organizationId));
                await work(scope.ServiceProvider, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogFailed(log, ex, name, organizationId);
                failures.Add(ex);
            }
        }

        if (failures.Count > 0)
            throw new AggregateException($"{name} failed for {failures.Count} of {count} organizations.", failures);
    }

    /// <summary>Runs <paramref name="work"/> once, across every organization (no tenant filter).</summary>
    public async Task<T> AcrossOrganizationsAsync<T>(string name, Func<IServiceProvider, CancellationToken, Task<T>> work,
        CancellationToken cancellationToken)
    {
        await using var scope = Open(SystemCaller.AcrossOrganizations(name));
        return await work(scope.ServiceProvider, cancellationToken);
    }

    private AsyncServiceScope Open(SystemCaller caller)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerSlot>().Caller = caller;
        return scope;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Name} failed for organization {OrganizationId}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string name, Guid organizationId);
}
