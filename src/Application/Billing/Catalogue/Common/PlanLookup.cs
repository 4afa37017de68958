using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Domain.Billing.Catalogue;

namespace CleanPlatform.Application.Billing.Catalogue.Common;

internal static class PlanLookup
{
    /// <exception cref="NotFoundException">When no plan has <paramref name="code"/> (compared exactly).</exception>
    public static async Task<BillingPlan> PlanAsync(this IBillingDb db, string code, CancellationToken ct) =>
        await db.BillingPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, ct)
        ?? throw new NotFoundException("Plan", code);
}
