using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Betting;

internal sealed class SportEventConfiguration : IEntityTypeConfiguration<SportEvent>
{
    public void Configure(EntityTypeBuilder<SportEvent> b)
    {
        b.ToTable("SportEvents");
        b.ConfigureEntity();
        b.Property(x => x.HomeTeam).HasMaxLength(SportEvent.TeamMaxLength).IsRequired();
        b.Property(x => x.AwayTeam).HasMaxLength(SportEvent.TeamMaxLength).IsRequired();
        b.Property(x => x.SourceTimeZone).HasMaxLength(SportEvent.TimeZoneMaxLength).IsRequired();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Ignore(x => x.FinalScore);
        b.Ignore(x => x.HalfTimeScore);
        // The natural key: importing the same file again finds the same events.
        b.HasIndex(x => new { x.OrganizationId, x.CompetitionId, x.KickOffUtc, x.HomeTeam, x.AwayTeam }).IsUnique();
        b.HasIndex(x => new { x.OrganizationId, x.SeasonId, x.KickOffUtc });
        b.HasIndex(x => new { x.OrganizationId, x.Status, x.KickOffUtc });
        b.HasOne<Competition>().WithMany().HasForeignKey(x => x.CompetitionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Season>().WithMany().HasForeignKey(x => x.SeasonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
