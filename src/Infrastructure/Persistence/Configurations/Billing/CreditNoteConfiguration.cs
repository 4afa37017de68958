using CleanPlatform.Domain.Billing.CreditNotes;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Domain.Billing.Tax;
using CleanPlatform.Infrastructure.Billing.Persistence;
using CleanPlatform.Infrastructure.Persistence.Numbers;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Billing;

/// <summary>Credit notes and their lines; triggers (CreditNoteTriggers) refuse any change once written.</summary>
internal sealed class CreditNoteConfiguration : IEntityTypeConfiguration<CreditNote>
{
    private const int EnumMaxLength = 16;

    public void Configure(EntityTypeBuilder<CreditNote> b)
    {
        // Declared so that SQL Server statements do without OUTPUT, which a table with triggers refuses.
        b.ToTable("CreditNotes", t =>
        {
            t.HasTrigger(CreditNoteTriggers.NotesNotUpdated);
            t.HasTrigger(CreditNoteTriggers.NotesNotDeleted);
        });
        b.ConfigureEntity();
        b.Property(x => x.Number).HasMaxLength(InvoiceNumber.MaxLength).IsUnicode(false);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(EnumMaxLength);
        b.Property(x => x.Reason).HasMaxLength(CreditNote.ReasonMaxLength).IsRequired();
        b.Property(x => x.InvoiceNumber).HasMaxLength(InvoiceNumber.MaxLength).IsUnicode(false);
        b.Property(x => x.Currency).HasMaxLength(Currencies.CodeLength).IsFixedLength().IsUnicode(false);
        b.Property(x => x.VatCategory).HasConversion<string>().HasMaxLength(EnumMaxLength);
        b.Property(x => x.VatRate).HasPrecision(NumberColumns.RatioPrecision, NumberColumns.RatioScale);
        b.Property(x => x.VatMention).HasMaxLength(VatTreatment.OutsideEuMention.Length);
        foreach (var money in new[]
        {
            nameof(CreditNote.LineTotal), nameof(CreditNote.TaxTotal), nameof(CreditNote.Total),
            nameof(CreditNote.RequestedGross), nameof(CreditNote.AppliedToInvoice), nameof(CreditNote.RefundDue),
            nameof(CreditNote.RestoredToCredits),
        })
            b.Property(money).HasPrecision(NumberColumns.MoneyPrecision, NumberColumns.MoneyScale);
        b.OwnsMany(x => x.Lines, l =>
        {
            l.ToTable("CreditNoteLines", t =>
            {
                t.HasTrigger(CreditNoteTriggers.LinesNotUpdated);
                t.HasTrigger(CreditNoteTriggers.LinesNotDeleted);
            });
            l.WithOwner().HasForeignKey("CreditNoteId");
            l.HasKey("CreditNoteId", nameof(CreditNoteLine.Position));
            l.Property(x => x.Position).ValueGeneratedNever();
            l.Property(x => x.Description).HasMaxLength(InvoiceLine.DescriptionMaxLength).IsRequired();
            l.Property(x => x.Quantity).HasPrecision(NumberColumns.RatioPrecision, NumberColumns.RatioScale);
            l.Property(x => x.UnitPrice).HasPrecision(NumberColumns.RatioPrecision, InvoiceLine.UnitPriceDecimals);
            l.Property(x => x.Net).HasPrecision(NumberColumns.MoneyPrecision, NumberColumns.MoneyScale);
        });
        b.Navigation(x => x.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(x => x.Number).IsUnique();
        // An invoice is never deleted once finalized, and a credit note never outlives its invoice.
        b.HasOne<Invoice>().WithMany().HasForeignKey(x => x.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.OrganizationId, x.IssuedAt });
        b.HasIndex(x => x.InvoiceId);
        b.BelongsToOrganization();
    }
}
