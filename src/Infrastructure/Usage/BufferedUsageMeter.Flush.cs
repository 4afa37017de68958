namespace CleanPlatform.Infrastructure.Usage;

// Writing what was counted: one flush at a time, each organization's batch in its own statement.
internal sealed partial class BufferedUsageMeter
{
    public Task FlushAsync(CancellationToken ct)
    {
        // Flushes run one after another: a caller waits for the one under way, then for its own.
        lock (_flushGate)
            return _lastFlush = AfterAsync(_lastFlush, ct);
    }

    private async Task AfterAsync(Task previous, CancellationToken ct)
    {
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await using var db = contexts.AcrossOrganizations("UsageFlush");
        foreach (var ((organizationId, period), tally) in _tallies)
        {
            var batch = tally.BeginFlush();
            if (batch == 0)
                continue;
            try
            {
                tally.Written(batch, await AddAsync(db, organizationId, period, batch, ct));
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException
                                           or System.Data.Common.DbException or TimeoutException
                                           or OperationCanceledException)
            {
                tally.Failed(batch);
                LogFlushFailed(log, ex, organizationId, batch);
                if (ex is OperationCanceledException)
                    throw;
            }
        }

        await RefreshAsync(db, ct);
        ForgetPastPeriods();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write {Batch} requests of organization {Organization}; will retry")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception, Guid organization, long batch);
}
