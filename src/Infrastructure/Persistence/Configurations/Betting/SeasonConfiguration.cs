using CleanPlatform.Domain.Betting;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Betting;

internal sealed class SeasonConfiguration : IEntityTypeConfiguration<Season>
{
    public void Configure(EntityTypeBuilder<Season> b)
    {
        b.ToTable("Seasons");
        b.ConfigureEntity();
        b.Property(x => x.Name).HasMaxLength(Season.NameMaxLength).IsRequired();
        b.HasIndex(x => new { x.OrganizationId, x.CompetitionId, x.Name }).IsUnique();
        b.HasOne<Competition>().WithMany().HasForeignKey(x => x.CompetitionId).OnDelete(DeleteBehavior.Restrict);
        b.BelongsToOrganization();
    }
}
