using System.Collections.Concurrent;

namespace CleanPlatform.Infrastructure.Identity;

/// <summary>
/// When each API key was last used, kept in memory and written with the usage counts (one UPDATE per used
/// key per flush, and only when the stored time is more than a minute older), so authenticating a key
/// writes nothing on the request path.
/// </summary>
internal sealed partial class ApiKeyUses(OwnContexts contexts, ILogger<ApiKeyUses> log)
{
    /// <summary>Last use is kept to the minute.</summary>
    public static readonly TimeSpan Precision = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _pending = new();

    public void Record(Guid keyId, DateTimeOffset at) =>
        _pending.AddOrUpdate(keyId, at, (_, earlier) => at > earlier ? at : earlier);

    public async Task FlushAsync(CancellationToken ct)
    {
        if (_pending.IsEmpty)
            return;
        await using var db = contexts.AcrossOrganizations("ApiKeyLastUse");
        foreach (var use in _pending.ToArray())
        {
            // A newer use that arrived meanwhile stays for the next flush.
            if (!_pending.TryRemove(use))
                continue;
            var (keyId, at) = (use.Key, use.Value);
            var staleBefore = at - Precision;
            try
            {
                // Not through AuditedUpdates on purpose: a last use is not a change to the key. Bumping its
                // version would fail an Admin's revocation that loaded the key a moment earlier (409), and
                // UpdatedAt/UpdatedBy would say the key was changed, by nobody, whenever it is used.
                await db.ApiKeys
                    .Where(k => k.Id == keyId && (k.LastUsedAt == null || k.LastUsedAt <= staleBefore))
                    .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, at), ct);
            }
            catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException or TimeoutException
                                           or InvalidOperationException)
            {
                Record(keyId, at);
                LogFailed(log, ex, keyId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write the last use of API key {KeyId}; will retry")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid keyId);
}
