using CleanPlatform.Domain.Billing.Catalogue;
using CleanPlatform.Domain.Billing.Customers;
using CleanPlatform.Domain.Billing.Subscriptions;
using CleanPlatform.Infrastructure.Persistence.Numbers;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Billing;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    private const int EnumMaxLength = 16;

    public void Configure(EntityTypeBuilder<Subscription> b)
    {
        b.ToTable("Subscriptions");
        b.ConfigureEntity();
        b.Ignore(x => x.Price);
        b.Ignore(x => x.PendingPrice);
        b.Ignore(x => x.CurrentPeriod);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(EnumMaxLength);
        b.Property(x => x.PlanCode).HasMaxLength(BillingPlan.CodeMaxLength).IsRequired();
        b.Property(x => x.Interval).HasConversion<string>().HasMaxLength(EnumMaxLength);
        b.Property(x => x.Currency).HasMaxLength(Currencies.CodeLength).IsFixedLength().IsUnicode(false);
        b.Property(x => x.Amount).HasPrecision(NumberColumns.MoneyPrecision, NumberColumns.MoneyScale);
        b.Property(x => x.PendingPlanCode).HasMaxLength(BillingPlan.CodeMaxLength);
        b.Property(x => x.PendingInterval).HasConversion<string>().HasMaxLength(EnumMaxLength);
        b.Property(x => x.PendingAmount).HasPrecision(NumberColumns.MoneyPrecision, NumberColumns.MoneyScale);
        b.Property(x => x.TimeZone).HasMaxLength(BillingDetails.TimeZoneMaxLength).IsRequired();
        b.HasOne<PlanPrice>().WithMany().HasForeignKey(x => x.PriceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PlanPrice>().WithMany().HasForeignKey(x => x.PendingPriceId).OnDelete(DeleteBehavior.Restrict);
        // The renewal job's scan: live subscriptions whose period has ended.
        b.HasIndex(x => new { x.Status, x.PeriodEnd });
        b.HasIndex(x => new { x.OrganizationId, x.CreatedAt });
        b.BelongsToOrganization();
    }
}
