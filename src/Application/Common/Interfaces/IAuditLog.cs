using CleanPlatform.Domain.Platform;

namespace CleanPlatform.Application.Common.Interfaces;

/// <summary>Writes audit entries outside the command's own transaction, so failures are kept too.</summary>
public interface IAuditLog
{
    /// <summary>Stores one entry.</summary>
    Task WriteAsync(AuditEntry entry, CancellationToken ct);
}
