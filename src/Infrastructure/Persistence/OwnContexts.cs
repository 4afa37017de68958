namespace CleanPlatform.Infrastructure.Persistence;

/// <summary>
/// A context of its own, leased from the pool beside any request's scope and transaction, for infrastructure
/// that must read or write on the side: authentication's look-ups, usage and last-use flushes, a failed
/// command's audit entry. It acts as a named system caller across organizations, so no tenant filter hides
/// the rows it needs; dispose it to hand it back.
/// </summary>
internal sealed class OwnContexts(Func<AppDbContext> lease)
{
    public AppDbContext AcrossOrganizations(string name)
    {
        var context = lease();
        context.Caller = SystemCaller.AcrossOrganizations(name);
        return context;
    }
}
