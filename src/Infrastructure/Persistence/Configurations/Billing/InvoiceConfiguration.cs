using CleanPlatform.Domain.Billing.Customers;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Tax;
using CleanPlatform.Infrastructure.Billing.Persistence;
using CleanPlatform.Infrastructure.Persistence.Numbers;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Billing;

/// <summary>Invoices and their lines; triggers (InvoiceTriggers) keep a finalized invoice's content as it was.</summary>
internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    private const int EnumMaxLength = 16;

    public void Configure(EntityTypeBuilder<Invoice> b)
    {
        // Declared so that SQL Server statements do without OUTPUT, which a table with triggers refuses.
        b.ToTable("Invoices", t =>
        {
            t.HasTrigger(InvoiceTriggers.InvoicesFrozen);
            t.HasTrigger(InvoiceTriggers.InvoicesKept);
        });
        b.ConfigureEntity();
        b.Property(x => x.Currency).HasMaxLength(Currencies.CodeLength).IsFixedLength().IsUnicode(false);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(EnumMaxLength);
        b.Property(x => x.Number).HasMaxLength(InvoiceNumber.MaxLength).IsUnicode(false);
        b.Property(x => x.BuyerName).HasMaxLength(BillingDetails.LegalNameMaxLength);
        b.Property(x => x.BuyerLine1).HasMaxLength(BillingAddress.LineMaxLength);
        b.Property(x => x.BuyerLine2).HasMaxLength(BillingAddress.LineMaxLength);
        b.Property(x => x.BuyerCity).HasMaxLength(BillingAddress.CityMaxLength);
        b.Property(x => x.BuyerPostalCode).HasMaxLength(BillingAddress.PostalCodeMaxLength);
        b.Property(x => x.BuyerCountry).HasMaxLength(CountryCodes.Length).IsFixedLength().IsUnicode(false);
        b.Property(x => x.BuyerVatNumber).HasMaxLength(VatNumber.MaxLength).IsUnicode(false);
        b.Property(x => x.VatCase).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.VatCategory).HasConversion<string>().HasMaxLength(EnumMaxLength);
        b.Property(x => x.VatMention).HasMaxLength(VatTreatment.OutsideEuMention.Length);
        b.Property(x => x.VatRate).HasPrecision(NumberColumns.RatioPrecision, NumberColumns.RatioScale);
        foreach (var money in new[] { nameof(Invoice.LineTotal), nameof(Invoice.TaxTotal), nameof(Invoice.Total), nameof(Invoice.AmountPaid), nameof(Invoice.AmountCredited) })
            b.Property<decimal>(money).HasPrecision(NumberColumns.MoneyPrecision, NumberColumns.MoneyScale);
        b.Ignore(x => x.AmountDue);
        b.Ignore(x => x.AmountCreditable);
        b.OwnsMany(x => x.Lines, l =>
        {
            l.ToTable("InvoiceLines", t =>
            {
                t.HasTrigger(InvoiceTriggers.LinesFrozenOnInsert);
                t.HasTrigger(InvoiceTriggers.LinesFrozenOnUpdate);
                t.HasTrigger(InvoiceTriggers.LinesFrozenOnDelete);
            });
            l.WithOwner().HasForeignKey("InvoiceId");
            l.HasKey("InvoiceId", nameof(InvoiceLine.Position));
            l.Property(x => x.Position).ValueGeneratedNever();
            l.Property(x => x.Description).HasMaxLength(InvoiceLine.DescriptionMaxLength).IsRequired();
            l.Property(x => x.Quantity).HasPrecision(NumberColumns.RatioPrecision, NumberColumns.RatioScale);
            l.Property(x => x.UnitPrice).HasPrecision(NumberColumns.RatioPrecision, InvoiceLine.UnitPriceDecimals);
            l.Property(x => x.Net).HasPrecision(NumberColumns.MoneyPrecision, NumberColumns.MoneyScale);
        });
        b.Navigation(x => x.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => new { x.OrganizationId, x.CreatedAt });
        b.BelongsToOrganization();
    }
}
