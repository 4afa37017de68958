using CleanPlatform.Infrastructure.Outbox;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("OutboxMessages");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Type).HasMaxLength(OutboxMessage.TypeMaxLength).IsRequired();
        b.Property(x => x.Payload).IsRequired();
        b.Property(x => x.LastError).HasMaxLength(OutboxMessage.ErrorMaxLength);
        // What a dispatch pass looks for: undelivered rows by due time.
        b.HasIndex(x => new { x.ProcessedAt, x.NextAttemptAt });
        b.HasIndex(x => x.LeaseId);
    }
}
