using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Domain.Billing.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace CleanPlatform.Infrastructure.Persistence;

public abstract partial class AppDbContext : IBillingDb
{
    public DbSet<BillingPlan> BillingPlans => Set<BillingPlan>();
    public DbSet<PlanPrice> PlanPrices => Set<PlanPrice>();
}
