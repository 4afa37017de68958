using CleanPlatform.Domain.Billing.Usage;
using CleanPlatform.Infrastructure.Persistence.Numbers;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Billing;

/// <summary>Accepted metering events; an event id is unique per organization, so a repeat is never counted twice.</summary>
internal sealed class UsageRecordConfiguration : IEntityTypeConfiguration<UsageRecord>
{
    public void Configure(EntityTypeBuilder<UsageRecord> b)
    {
        b.ToTable("UsageRecords");
        b.ConfigureEntity();
        b.Ignore(x => x.Event);
        b.Property(x => x.EventId).HasMaxLength(UsageRecord.EventIdMaxLength).IsUnicode(false);
        b.Property(x => x.Meter).HasMaxLength(UsageRecord.MeterMaxLength).IsUnicode(false);
        b.Property(x => x.Value).HasPrecision(NumberColumns.MoneyPrecision, UsageRecord.ValueDecimals);
        b.Property(x => x.Property).HasMaxLength(UsageRecord.PropertyMaxLength);
        b.HasIndex(x => new { x.OrganizationId, x.EventId }).IsUnique();
        // A period's aggregation: one meter's events between two instants.
        b.HasIndex(x => new { x.OrganizationId, x.Meter, x.Timestamp });
        b.BelongsToOrganization();
    }
}
