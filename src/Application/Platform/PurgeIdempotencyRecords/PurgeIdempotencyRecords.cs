using CleanPlatform.Application.Platform.Common;

namespace CleanPlatform.Application.Platform.PurgeIdempotencyRecords;

/// <summary>Deletes idempotency records past their 24 h life. Running it twice deletes nothing more.</summary>
public sealed record PurgeIdempotencyRecords : ICommand<int>;

public sealed class PurgeIdempotencyRecordsHandler(IPlatformDb db, TimeProvider time)
    : ICommandHandler<PurgeIdempotencyRecords, int>
{
    public async ValueTask<int> Handle(PurgeIdempotencyRecords command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await db.IdempotencyRecords.Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }
}
