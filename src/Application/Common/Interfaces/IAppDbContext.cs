using CleanPlatform.Domain.Identity;
using CleanPlatform.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace CleanPlatform.Application.Common.Interfaces;

/// <summary>
/// The unit of work the use cases read and write through. Queries on tenant-owned sets are already
/// filtered to the caller's organization.
/// </summary>
public interface IAppDbContext
{
    /// <summary>Tenants.</summary>
    DbSet<Organization> Organizations { get; }

    /// <summary>Plans and their sizes.</summary>
    DbSet<Plan> Plans { get; }

    /// <summary>Integrators' API keys.</summary>
    DbSet<ApiKey> ApiKeys { get; }

    /// <summary>Invitations to join an organization.</summary>
    DbSet<Invitation> Invitations { get; }

    /// <summary>Rotating refresh tokens.</summary>
    DbSet<RefreshToken> RefreshTokens { get; }

    /// <summary>Monthly request counters.</summary>
    DbSet<UsageCounter> UsageCounters { get; }

    /// <summary>The audit trail.</summary>
    DbSet<AuditEntry> AuditEntries { get; }

    /// <summary>Stored first responses of idempotent requests.</summary>
    DbSet<IdempotencyRecord> IdempotencyRecords { get; }

    /// <summary>Members' notifications.</summary>
    DbSet<Notification> Notifications { get; }

    /// <summary>What the unit of work tracks; cleared after a lost race so the winner's rows can be read.</summary>
    Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker ChangeTracker { get; }

    /// <summary>Saves tracked changes (stamping audit fields and bumping versions).</summary>
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
