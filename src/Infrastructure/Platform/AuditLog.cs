using CleanPlatform.Application.Common.Interfaces;
using CleanPlatform.Domain.Platform;
using CleanPlatform.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CleanPlatform.Infrastructure.Platform;

/// <summary>Writes through a context of its own, so neither the command's transaction nor its leftovers touch the entry.</summary>
internal sealed class AuditLog(IServiceScopeFactory scopes) : IAuditLog
{
    public async Task WriteAsync(AuditEntry entry, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(ct);
    }
}
