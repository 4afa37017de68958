using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Payments;
using CleanPlatform.Infrastructure.Persistence.Numbers;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Billing;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    private const int EnumMaxLength = 16;

    public void Configure(EntityTypeBuilder<Payment> b)
    {
        b.ToTable("Payments");
        b.ConfigureEntity();
        b.Ignore(x => x.Money);
        b.Property(x => x.Method).HasConversion<string>().HasMaxLength(EnumMaxLength);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(EnumMaxLength);
        b.Property(x => x.Currency).HasMaxLength(Currencies.CodeLength).IsFixedLength().IsUnicode(false);
        b.Property(x => x.Amount).HasPrecision(NumberColumns.MoneyPrecision, NumberColumns.MoneyScale);
        b.Property(x => x.Reference).HasMaxLength(Payment.ReferenceMaxLength);
        b.Property(x => x.FailureReason).HasMaxLength(Payment.FailureMaxLength);
        // An invoice is never deleted once finalized, and a payment never outlives its invoice.
        b.HasOne<Invoice>().WithMany().HasForeignKey(x => x.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.OrganizationId, x.InvoiceId });
        b.BelongsToOrganization();
    }
}
