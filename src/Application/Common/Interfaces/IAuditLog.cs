using CleanPlatform.Domain.Platform;

namespace CleanPlatform.Application.Common.Interfaces;

/// <summary>Stores audit entries: with the command's own changes, or on their own when the command failed.</summary>
public interface IAuditLog
{
    /// <summary>Adds entries to the running command's unit of work, in one save: they commit, or roll back, with the command.</summary>
    Task AddAsync(IReadOnlyCollection<AuditEntry> entries, CancellationToken ct);

    /// <summary>Stores entries through a connection of their own (a failed command's, after its rollback).</summary>
    Task WriteAsync(IReadOnlyCollection<AuditEntry> entries, CancellationToken ct);
}
