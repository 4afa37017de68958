using CleanPlatform.Domain.Platform;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Platform;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Action).HasMaxLength(AuditEntry.NameMaxLength).IsRequired();
        b.Property(x => x.EntityType).HasMaxLength(AuditEntry.NameMaxLength);
        b.Property(x => x.EntityId).HasMaxLength(AuditEntry.EntityIdMaxLength);
        b.Property(x => x.Error).HasMaxLength(AuditEntry.NameMaxLength);
        b.Property(x => x.UserEmail).HasMaxLength(AuditEntry.EmailMaxLength);
        b.Property(x => x.SystemName).HasMaxLength(AuditEntry.NameMaxLength);
        b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(x => new { x.OrganizationId, x.OccurredAt });
        b.HasIndex(x => new { x.Action, x.OccurredAt });
    }
}
