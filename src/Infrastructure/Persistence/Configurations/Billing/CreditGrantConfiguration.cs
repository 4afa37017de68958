using CleanPlatform.Domain.Billing.Credits;
using CleanPlatform.Infrastructure.Persistence.Numbers;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Billing;

/// <summary>Prepaid credit grants; the database itself keeps what is left of one between 0 and the amount granted.</summary>
internal sealed class CreditGrantConfiguration : IEntityTypeConfiguration<CreditGrant>
{
    private const int EnumMaxLength = 16;

    public void Configure(EntityTypeBuilder<CreditGrant> b)
    {
        b.ToTable("CreditGrants", t => t.HasCheckConstraint("CK_CreditGrants_Remaining",
            "\"Remaining\" >= 0 AND \"Remaining\" <= \"Amount\""));
        b.ConfigureEntity();
        b.Ignore(x => x.Balance);
        b.Property(x => x.Currency).HasMaxLength(Currencies.CodeLength).IsFixedLength().IsUnicode(false);
        b.Property(x => x.Amount).HasPrecision(NumberColumns.MoneyPrecision, NumberColumns.MoneyScale);
        b.Property(x => x.Remaining).HasPrecision(NumberColumns.MoneyPrecision, NumberColumns.MoneyScale);
        b.Property(x => x.Source).HasConversion<string>().HasMaxLength(EnumMaxLength);
        b.Property(x => x.Reason).HasMaxLength(CreditGrant.ReasonMaxLength).IsRequired();
        // The grants that may pay, in the order they pay.
        b.HasIndex(x => new { x.OrganizationId, x.Currency, x.ExpiresAt, x.GrantedAt });
        b.HasIndex(x => new { x.OrganizationId, x.GrantedAt });
        b.BelongsToOrganization();
    }
}
