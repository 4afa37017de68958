using CleanPlatform.Domain.Billing.Customers;
using CleanPlatform.Domain.Billing.Tax;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Billing;

internal sealed class BillingCustomerConfiguration : IEntityTypeConfiguration<BillingCustomer>
{
    private const int EnumMaxLength = 16;

    public void Configure(EntityTypeBuilder<BillingCustomer> b)
    {
        b.ToTable("BillingCustomers");
        b.ConfigureEntity();
        b.Property(x => x.LegalName).HasMaxLength(BillingDetails.LegalNameMaxLength).IsRequired();
        b.Property(x => x.Email).HasMaxLength(BillingDetails.EmailMaxLength).IsRequired();
        b.ComplexProperty(x => x.Address, a =>
        {
            a.IsRequired();
            a.Property(x => x.Line1).HasColumnName("AddressLine1").HasMaxLength(BillingAddress.LineMaxLength).IsRequired();
            a.Property(x => x.Line2).HasColumnName("AddressLine2").HasMaxLength(BillingAddress.LineMaxLength);
            a.Property(x => x.City).HasColumnName("AddressCity").HasMaxLength(BillingAddress.CityMaxLength).IsRequired();
            a.Property(x => x.PostalCode).HasColumnName("AddressPostalCode").HasMaxLength(BillingAddress.PostalCodeMaxLength);
            a.Property(x => x.Country).HasColumnName("AddressCountry").HasMaxLength(CountryCodes.Length).IsFixedLength()
                .IsUnicode(false).IsRequired();
        });
        b.Property(x => x.VatNumber).HasMaxLength(VatNumber.MaxLength).IsUnicode(false);
        b.Property(x => x.VatNumberStatus).HasConversion<string>().HasMaxLength(EnumMaxLength);
        b.Property(x => x.TimeZone).HasMaxLength(BillingDetails.TimeZoneMaxLength).IsRequired();
        b.Property(x => x.Currency).HasMaxLength(Currencies.CodeLength).IsFixedLength().IsUnicode(false);
        b.OwnsMany(x => x.Evidence, e =>
        {
            e.ToTable("BillingCustomerEvidence");
            e.WithOwner().HasForeignKey("CustomerId");
            e.Property<int>("Id");
            e.HasKey("Id");
            e.Property(x => x.Source).HasConversion<string>().HasMaxLength(EnumMaxLength);
            e.Property(x => x.Country).HasMaxLength(CountryCodes.Length).IsFixedLength().IsUnicode(false);
            e.Property(x => x.RecordedAt);
        });
        b.Navigation(x => x.Evidence).HasField("_evidence").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(x => x.OrganizationId).IsUnique();
        b.BelongsToOrganization();
    }
}
