using CleanPlatform.Domain.Betting;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Betting;

internal sealed class SportConfiguration : IEntityTypeConfiguration<Sport>
{
    public void Configure(EntityTypeBuilder<Sport> b)
    {
        b.ToTable("Sports");
        b.ConfigureEntity();
        b.Property(x => x.Key).HasMaxLength(Sport.KeyMaxLength).IsRequired();
        b.Property(x => x.Name).HasMaxLength(Sport.NameMaxLength).IsRequired();
        b.HasIndex(x => new { x.OrganizationId, x.Key }).IsUnique();
        b.BelongsToOrganization();
    }
}
