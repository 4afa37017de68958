using CleanPlatform.Domain.Platform;

namespace CleanPlatform.Application.Common.Interfaces;

/// <summary>Stores audit entries: with the command's own changes, or on their own when the command failed.</summary>
public interface IAuditLog
{
    /// <summary>Adds an entry to the running command's unit of work: it commits, or rolls back, with the command.</summary>
    Task AddAsync(AuditEntry entry, CancellationToken ct);

    /// <summary>Stores an entry through a connection of its own (a failed command's, after its rollback).</summary>
    Task WriteAsync(AuditEntry entry, CancellationToken ct);
}
