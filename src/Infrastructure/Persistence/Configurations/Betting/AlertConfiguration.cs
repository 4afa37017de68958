using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Identity;
using CleanPlatform.Infrastructure.Persistence.Numbers;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Betting;

/// <summary>
/// Alerts, unique per member and key: a second attempt at the same alert (a replayed event, a job run twice) fails its
/// insert or finds the row. Digests still gathering are found by their due time.
/// </summary>
internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    private const int EnumMaxLength = 16;

    public void Configure(EntityTypeBuilder<Alert> b)
    {
        b.ToTable("Alerts");
        b.ConfigureEntity();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(EnumMaxLength);
        b.Property(x => x.Key).HasMaxLength(Alert.KeyMaxLength).IsRequired();
        b.Property(x => x.Message).HasMaxLength(Alert.MessageMaxLength).IsRequired();
        b.Property(x => x.Profit).HasPrecision(NumberColumns.MoneyPrecision, NumberColumns.MoneyScale);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.HasIndex(x => new { x.UserId, x.Key }).IsUnique();
        b.HasIndex(x => new { x.OrganizationId, x.RaisedAt, x.DueAt });
        b.BelongsToOrganization();
        b.HasOne<ApplicationUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
