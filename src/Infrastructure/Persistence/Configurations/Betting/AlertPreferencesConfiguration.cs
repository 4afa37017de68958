using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Identity;
using CleanPlatform.Infrastructure.Persistence.Numbers;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Betting;

/// <summary>One row per member (a unique index). The webhook's URL and secret are only ever ciphertext here.</summary>
internal sealed class AlertPreferencesConfiguration : IEntityTypeConfiguration<AlertPreferences>
{
    private const int EnumMaxLength = 16;

    public void Configure(EntityTypeBuilder<AlertPreferences> b)
    {
        b.ToTable("AlertPreferences");
        b.ConfigureEntity();
        b.Property(x => x.Email).HasMaxLength(AlertPreferences.EmailMaxLength).IsRequired();
        b.Property(x => x.OpportunityEdge).HasPrecision(NumberColumns.RatioPrecision, NumberColumns.RatioScale);
        b.Property(x => x.LineMovePercent).HasPrecision(NumberColumns.RatioPrecision, NumberColumns.RatioScale);
        b.Ignore(x => x.Thresholds);
        b.Property(x => x.WebhookFormat).HasConversion<string>().HasMaxLength(EnumMaxLength);
        b.Property(x => x.ProtectedWebhookUrl).HasMaxLength(AlertPreferences.ProtectedMaxLength);
        b.Property(x => x.WebhookUrlHint).HasMaxLength(AlertPreferences.HintMaxLength);
        b.Property(x => x.TelegramChatId).HasMaxLength(AlertPreferences.ChatIdMaxLength);
        b.Property(x => x.ProtectedWebhookSecret).HasMaxLength(AlertPreferences.ProtectedMaxLength);
        b.HasIndex(x => x.UserId).IsUnique();
        b.HasIndex(x => x.OrganizationId);
        b.BelongsToOrganization();
        b.HasOne<ApplicationUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
