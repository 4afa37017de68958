using CleanPlatform.Domain.Billing.Catalogue;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Billing;

internal sealed class BillingPlanConfiguration : IEntityTypeConfiguration<BillingPlan>
{
    public void Configure(EntityTypeBuilder<BillingPlan> b)
    {
        b.ToTable("BillingPlans");
        b.ConfigureEntity();
        b.Property(x => x.Code).HasMaxLength(BillingPlan.CodeMaxLength).IsRequired();
        b.Property(x => x.Name).HasMaxLength(BillingPlan.NameMaxLength).IsRequired();
        b.Property(x => x.Description).HasMaxLength(BillingPlan.DescriptionMaxLength).IsRequired();
        b.HasIndex(x => x.Code).IsUnique();
    }
}
