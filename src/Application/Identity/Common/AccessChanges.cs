namespace CleanPlatform.Application.Identity.Common;

/// <summary>
/// Use cases that change who may do what say so here. The cached state is dropped at once and again
/// after the command's transaction ends, so a request that read the old rows in between cannot keep them.
/// </summary>
public sealed class AccessChanges(IAccessStateCache cache, AfterCommit afterCommit)
{
    public void UserChanged(Guid userId) => Twice(() => cache.EvictUser(userId));

    public void OrganizationChanged(Guid organizationId) => Twice(() => cache.EvictOrganization(organizationId));

    public void ApiKeyChanged(string prefix) => Twice(() => cache.EvictApiKey(prefix));

    private void Twice(Action evict)
    {
        evict();
        afterCommit.Add(evict);
    }
}
