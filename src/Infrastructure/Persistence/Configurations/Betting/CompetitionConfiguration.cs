using CleanPlatform.Domain.Betting;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Betting;

internal sealed class CompetitionConfiguration : IEntityTypeConfiguration<Competition>
{
    public void Configure(EntityTypeBuilder<Competition> b)
    {
        b.ToTable("Competitions");
        b.ConfigureEntity();
        b.Property(x => x.Key).HasMaxLength(Competition.KeyMaxLength).IsRequired();
        b.Property(x => x.Name).HasMaxLength(Competition.NameMaxLength).IsRequired();
        b.HasIndex(x => new { x.OrganizationId, x.Key }).IsUnique();
        b.HasOne<Sport>().WithMany().HasForeignKey(x => x.SportId).OnDelete(DeleteBehavior.Restrict);
        b.BelongsToOrganization();
    }
}
