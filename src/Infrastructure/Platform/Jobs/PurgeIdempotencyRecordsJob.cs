using CleanPlatform.Application.Platform.PurgeIdempotencyRecords;
using CleanPlatform.Infrastructure.Jobs;
using Quartz;

namespace CleanPlatform.Infrastructure.Platform.Jobs;

/// <summary>Idempotency records belong to no organization: the purge runs across organizations.</summary>
[DisallowConcurrentExecution]
public sealed class PurgeIdempotencyRecordsJob(SystemWork work, ILogger<PurgeIdempotencyRecordsJob> log)
    : AcrossOrganizationsJob<PurgeIdempotencyRecords>(work, log);
