using CleanPlatform.Domain.Billing.Webhooks;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Billing;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    private const int EnumMaxLength = 16;
    private const int EventTypeMaxLength = 64;

    public void Configure(EntityTypeBuilder<WebhookDelivery> b)
    {
        b.ToTable("WebhookDeliveries");
        b.ConfigureEntity();
        b.Property(x => x.EventType).HasMaxLength(EventTypeMaxLength).IsUnicode(false);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(EnumMaxLength);
        b.Property(x => x.LastError).HasMaxLength(WebhookDelivery.ErrorMaxLength);
        // Deleting an endpoint deletes its log first (DeleteWebhookEndpoint): a second cascade path to the organization's
        // rows is one SQL Server refuses. NO ACTION, checked at the end of the statement, lets an organization's deletion
        // cascade to both.
        b.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(x => x.EndpointId).OnDelete(DeleteBehavior.NoAction);
        // One delivery of an event per endpoint, however often the event is handled.
        b.HasIndex(x => new { x.EndpointId, x.EventId }).IsUnique();
        b.HasIndex(x => new { x.OrganizationId, x.EndpointId, x.CreatedAt });
        // The delivery job's question: what is due now, across organizations.
        b.HasIndex(x => new { x.Status, x.NextAttemptAt });
        b.BelongsToOrganization();
    }
}
