namespace CleanPlatform.Application.Common.Interfaces;

/// <summary>
/// What each module's data access offers besides its own sets (<c>IIdentityDb</c>, <c>IPlatformDb</c>, …): one
/// unit of work per request, so changes made through any module's sets are saved together. Queries on
/// tenant-owned sets are already filtered to the caller's organization.
/// </summary>
public interface IModuleDb
{
    /// <summary>What the unit of work tracks; cleared after a lost race so the winner's rows can be read.</summary>
    Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker ChangeTracker { get; }

    /// <summary>Saves tracked changes (stamping audit fields and bumping versions).</summary>
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
