using CleanPlatform.Domain.Platform;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Platform;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.ToTable("IdempotencyRecords");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Scope).HasMaxLength(IdempotencyRecord.ScopeMaxLength).IsRequired();
        b.Property(x => x.Key).HasMaxLength(IdempotencyRecord.KeyMaxLength).IsRequired();
        b.Property(x => x.RequestHash).HasMaxLength(64).IsRequired();
        b.Property(x => x.ContentType).HasMaxLength(128);
        b.Property(x => x.Location).HasMaxLength(IdempotencyRecord.LocationMaxLength);
        // The unique index is what makes concurrent duplicates create one record.
        b.HasIndex(x => new { x.Scope, x.Key }).IsUnique();
        b.HasIndex(x => x.ExpiresAt);
    }
}
