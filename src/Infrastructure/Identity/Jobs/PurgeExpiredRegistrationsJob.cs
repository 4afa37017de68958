using CleanPlatform.Application.Identity.PurgeExpiredRegistrations;
using CleanPlatform.Infrastructure.Jobs;
using Quartz;

namespace CleanPlatform.Infrastructure.Identity.Jobs;

/// <summary>Sign-ups belong to no organization: the purge of expired ones runs across organizations.</summary>
[DisallowConcurrentExecution]
public sealed class PurgeExpiredRegistrationsJob(SystemWork work, ILogger<PurgeExpiredRegistrationsJob> log)
    : AcrossOrganizationsJob<PurgeExpiredRegistrations>(work, log);
