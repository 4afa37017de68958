using CleanPlatform.Infrastructure.Outbox;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Outbox;

internal sealed class ProcessedEventConfiguration : IEntityTypeConfiguration<ProcessedEvent>
{
    public void Configure(EntityTypeBuilder<ProcessedEvent> b)
    {
        b.ToTable("ProcessedEvents");
        // The key is what makes two concurrent deliveries of one event to one handler commit once.
        b.HasKey(x => new { x.EventId, x.Handler });
        b.Property(x => x.Handler).HasMaxLength(ProcessedEvent.HandlerMaxLength);
    }
}
