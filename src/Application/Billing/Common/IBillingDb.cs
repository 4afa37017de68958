using CleanPlatform.Domain.Billing.Catalogue;

namespace CleanPlatform.Application.Billing.Common;

/// <summary>The Billing module's sets: the plans it sells and their price revisions.</summary>
public interface IBillingDb : IModuleDb
{
    /// <summary>The plans, shared by every organization (not tenant-owned).</summary>
    DbSet<BillingPlan> BillingPlans { get; }

    /// <summary>Every price revision of every plan, retired ones included.</summary>
    DbSet<PlanPrice> PlanPrices { get; }
}
