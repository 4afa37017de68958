using CleanPlatform.Domain.Billing.Webhooks;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Billing;

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    /// <summary>Room for every event type, comma-separated.</summary>
    private const int EventTypesMaxLength = 512;

    /// <summary>A protected (encrypted, base64url) 38-character secret.</summary>
    private const int ProtectedSecretMaxLength = 512;

    public void Configure(EntityTypeBuilder<WebhookEndpoint> b)
    {
        b.ToTable("WebhookEndpoints");
        b.ConfigureEntity();
        b.Property(x => x.Url).HasMaxLength(WebhookEndpoint.UrlMaxLength);
        b.Property(x => x.Description).HasMaxLength(WebhookEndpoint.DescriptionMaxLength);
        // One column, comma-separated: event types have no commas, and every provider stores it alike.
        b.Property(x => x.EventTypes).HasConversion(
                types => string.Join(',', types),
                column => column.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList(),
                new ValueComparer<IReadOnlyList<string>>((a, c) => a!.SequenceEqual(c!), v => string.Join(',', v).GetHashCode(StringComparison.Ordinal), v => v.ToList()))
            .HasMaxLength(EventTypesMaxLength).IsUnicode(false);
        b.Property(x => x.ProtectedSecret).HasMaxLength(ProtectedSecretMaxLength).IsUnicode(false);
        b.Property(x => x.PreviousProtectedSecret).HasMaxLength(ProtectedSecretMaxLength).IsUnicode(false);
        b.Property(x => x.DisabledReason).HasMaxLength(WebhookEndpoint.DisabledReasonMaxLength);
        b.HasIndex(x => new { x.OrganizationId, x.CreatedAt });
        b.BelongsToOrganization();
    }
}
