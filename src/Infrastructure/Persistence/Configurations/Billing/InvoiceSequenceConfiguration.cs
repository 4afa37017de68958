using CleanPlatform.Infrastructure.Billing.Persistence;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Billing;

internal sealed class InvoiceSequenceConfiguration : IEntityTypeConfiguration<InvoiceSequence>
{
    public void Configure(EntityTypeBuilder<InvoiceSequence> b)
    {
        b.ToTable("InvoiceSequences");
        b.HasKey(x => new { x.Series, x.Year });
        b.Property(x => x.Series).HasMaxLength(8).IsUnicode(false);
    }
}
