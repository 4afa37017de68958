using CleanPlatform.Domain.Platform;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Platform;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("Notifications");
        b.ConfigureEntity();
        b.Property(x => x.Message).HasMaxLength(Notification.MessageMaxLength).IsRequired();
        b.HasIndex(x => new { x.RecipientId, x.CreatedAt });
        b.BelongsToOrganization();
        b.HasOne<ApplicationUser>().WithMany().HasForeignKey(x => x.RecipientId).OnDelete(DeleteBehavior.Restrict);
    }
}
