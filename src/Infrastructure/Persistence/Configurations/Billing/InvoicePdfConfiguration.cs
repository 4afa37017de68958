using CleanPlatform.Domain.Billing.Invoicing;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Billing;

/// <summary>The stored PDF of each finalized invoice: one row per invoice, keyed by it, going with it.</summary>
internal sealed class InvoicePdfConfiguration : IEntityTypeConfiguration<InvoicePdf>
{
    public void Configure(EntityTypeBuilder<InvoicePdf> b)
    {
        b.ToTable("InvoiceDocuments");
        b.HasKey(x => x.InvoiceId);
        b.Property(x => x.InvoiceId).ValueGeneratedNever();
        b.Property(x => x.Content).IsRequired();
        b.Property(x => x.Sha256).HasMaxLength(InvoicePdf.Sha256Length).IsFixedLength().IsUnicode(false);
        b.HasOne<Invoice>().WithOne().HasForeignKey<InvoicePdf>(x => x.InvoiceId).OnDelete(DeleteBehavior.Cascade);
    }
}
