using CleanPlatform.Domain.Platform;

namespace CleanPlatform.Infrastructure.Platform;

/// <summary>
/// A succeeded command's entry goes through the request's own context, in its transaction; a failed one's
/// through a short-lived context, so neither the rolled-back transaction nor its leftovers touch it.
/// </summary>
internal sealed class AuditLog(AppDbContext db, OwnContexts contexts) : IAuditLog
{
    public async Task AddAsync(IReadOnlyCollection<AuditEntry> entries, CancellationToken ct)
    {
        db.AuditEntries.AddRange(entries);
        await db.SaveChangesAsync(ct);
    }

    public async Task WriteAsync(IReadOnlyCollection<AuditEntry> entries, CancellationToken ct)
    {
        await using var own = contexts.AcrossOrganizations("AuditLog");
        own.AuditEntries.AddRange(entries);
        await own.SaveChangesAsync(ct);
    }
}
