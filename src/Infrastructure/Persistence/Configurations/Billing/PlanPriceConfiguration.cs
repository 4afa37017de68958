using CleanPlatform.Domain.Billing.Catalogue;
using CleanPlatform.Infrastructure.Persistence.Numbers;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Billing;

internal sealed class PlanPriceConfiguration : IEntityTypeConfiguration<PlanPrice>
{
    public void Configure(EntityTypeBuilder<PlanPrice> b)
    {
        b.ToTable("PlanPrices");
        b.ConfigureEntity();
        b.Ignore(x => x.Price);
        b.Property(x => x.Interval).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Currency).HasMaxLength(Currencies.CodeLength).IsFixedLength().IsUnicode(false);
        b.Property(x => x.Amount).HasPrecision(NumberColumns.MoneyPrecision, NumberColumns.MoneyScale);
        // Two publishers of the same next revision: one insert wins, the other breaks this index.
        b.HasIndex(x => new { x.PlanId, x.Interval, x.Currency, x.Revision }).IsUnique();
        b.HasOne<BillingPlan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Restrict);
    }
}
