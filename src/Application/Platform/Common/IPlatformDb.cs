using CleanPlatform.Domain.Platform;

namespace CleanPlatform.Application.Platform.Common;

/// <summary>The Platform module's sets: the audit trail, idempotent requests' stored responses, notifications.</summary>
public interface IPlatformDb : IModuleDb
{
    /// <summary>The audit trail.</summary>
    DbSet<AuditEntry> AuditEntries { get; }

    /// <summary>Stored first responses of idempotent requests.</summary>
    DbSet<IdempotencyRecord> IdempotencyRecords { get; }

    /// <summary>What members are told, newest first.</summary>
    DbSet<Notification> Notifications { get; }
}
