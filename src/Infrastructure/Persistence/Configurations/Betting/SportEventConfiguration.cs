using System.Globalization;
using CleanPlatform.Domain.Betting;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Betting;

internal sealed class SportEventConfiguration : IEntityTypeConfiguration<SportEvent>
{
    private const string LocalTimeFormat = "yyyy-MM-dd'T'HH:mm:ss";

    private static readonly ValueConverter<DateTime, string> LocalTimeText = new(
        v => v.ToString(LocalTimeFormat, CultureInfo.InvariantCulture),
        v => DateTime.ParseExact(v, LocalTimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None));

    public void Configure(EntityTypeBuilder<SportEvent> b)
    {
        b.ToTable("SportEvents");
        b.ConfigureEntity();
        b.Property(x => x.HomeTeam).HasMaxLength(SportEvent.TeamMaxLength).IsRequired();
        b.Property(x => x.AwayTeam).HasMaxLength(SportEvent.TeamMaxLength).IsRequired();
        b.Property(x => x.SourceTimeZone).HasMaxLength(SportEvent.TimeZoneMaxLength).IsRequired();
        // A wall-clock time with no zone of its own: kept as ISO text, the same on every provider (PostgreSQL
        // would otherwise want it in UTC, which is what KickOffUtc is for).
        b.Property(x => x.KickOffLocal).HasConversion(LocalTimeText).HasMaxLength(19);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.ExternalId).HasMaxLength(SportEvent.ExternalIdMaxLength);
        b.Ignore(x => x.FinalScore);
        b.Ignore(x => x.HalfTimeScore);
        // The natural key: importing the same file again finds the same events.
        b.HasIndex(x => new { x.OrganizationId, x.CompetitionId, x.KickOffUtc, x.HomeTeam, x.AwayTeam }).IsUnique();
        b.HasIndex(x => new { x.OrganizationId, x.SeasonId, x.KickOffUtc });
        // The provider's id: collecting again finds the same events (only events from a provider have one).
        b.HasIndex(x => new { x.OrganizationId, x.ExternalId }).IsUnique();
        b.HasIndex(x => new { x.OrganizationId, x.Status, x.KickOffUtc });
        b.HasOne<Competition>().WithMany().HasForeignKey(x => x.CompetitionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Season>().WithMany().HasForeignKey(x => x.SeasonId).OnDelete(DeleteBehavior.Restrict);
        b.BelongsToOrganization();
    }
}
