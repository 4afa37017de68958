using CleanPlatform.Domain.Betting;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Betting;

internal sealed class BookmakerConfiguration : IEntityTypeConfiguration<Bookmaker>
{
    public void Configure(EntityTypeBuilder<Bookmaker> b)
    {
        b.ToTable("Bookmakers");
        b.ConfigureEntity();
        b.Property(x => x.Key).HasMaxLength(Bookmaker.KeyMaxLength).IsRequired();
        b.Property(x => x.Name).HasMaxLength(Bookmaker.NameMaxLength).IsRequired();
        b.HasIndex(x => new { x.OrganizationId, x.Key }).IsUnique();
        b.BelongsToOrganization();
    }
}
