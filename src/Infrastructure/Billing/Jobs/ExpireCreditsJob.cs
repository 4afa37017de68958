using CleanPlatform.Application.Billing.Credits.ExpireCredits;
using CleanPlatform.Infrastructure.Jobs;
using Quartz;

namespace CleanPlatform.Infrastructure.Billing.Jobs;

/// <summary>Writes off expired prepaid credits every hour (billing.md §8), across organizations.</summary>
[DisallowConcurrentExecution]
public sealed class ExpireCreditsJob(SystemWork work, ILogger<ExpireCreditsJob> log)
    : AcrossOrganizationsJob<ExpireCredits>(work, log);
