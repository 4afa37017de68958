using CleanPlatform.Application.Common.Interfaces;
using CleanPlatform.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace CleanPlatform.Application.Platform.Common;

/// <summary>The Platform module's sets: the audit trail and idempotent requests' stored responses.</summary>
public interface IPlatformDb : IModuleDb
{
    /// <summary>The audit trail.</summary>
    DbSet<AuditEntry> AuditEntries { get; }

    /// <summary>Stored first responses of idempotent requests.</summary>
    DbSet<IdempotencyRecord> IdempotencyRecords { get; }
}
