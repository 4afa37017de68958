using CleanPlatform.Domain.Billing.CreditNotes;
using CleanPlatform.Domain.Billing.Credits;
using CleanPlatform.Domain.Billing.Invoicing;
using CleanPlatform.Infrastructure.Billing.Persistence;
using CleanPlatform.Infrastructure.Persistence.Numbers;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Billing;

/// <summary>The credit ledger; triggers (<see cref="CreditLedgerTriggers"/>) refuse any change or deletion of an entry.</summary>
internal sealed class CreditLedgerEntryConfiguration : IEntityTypeConfiguration<CreditLedgerEntry>
{
    private const int EnumMaxLength = 16;

    public void Configure(EntityTypeBuilder<CreditLedgerEntry> b)
    {
        // Declared so that SQL Server statements do without OUTPUT, which a table with triggers refuses.
        b.ToTable("CreditLedger", t =>
        {
            t.HasTrigger(CreditLedgerTriggers.NotUpdated);
            t.HasTrigger(CreditLedgerTriggers.NotDeleted);
            t.HasCheckConstraint("CK_CreditLedger_RemainingAfter", "\"RemainingAfter\" >= 0");
        });
        b.ConfigureEntity();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(EnumMaxLength);
        b.Property(x => x.Currency).HasMaxLength(Currencies.CodeLength).IsFixedLength().IsUnicode(false);
        b.Property(x => x.Amount).HasPrecision(NumberColumns.MoneyPrecision, NumberColumns.MoneyScale);
        b.Property(x => x.RemainingAfter).HasPrecision(NumberColumns.MoneyPrecision, NumberColumns.MoneyScale);
        // NO ACTION: the organization's deletion reaches the grants by another cascade path, one SQL Server refuses.
        b.HasOne<CreditGrant>().WithMany().HasForeignKey(x => x.GrantId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<Invoice>().WithMany().HasForeignKey(x => x.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CreditNote>().WithMany().HasForeignKey(x => x.CreditNoteId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.OrganizationId, x.OccurredAt });
        b.HasIndex(x => x.GrantId);
        // A credit note's question: what paid this invoice.
        b.HasIndex(x => x.InvoiceId);
        b.BelongsToOrganization();
    }
}
