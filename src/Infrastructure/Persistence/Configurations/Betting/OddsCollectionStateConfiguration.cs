using CleanPlatform.Domain.Betting;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Betting;

/// <summary>One row per organization (a unique index), written by each collection run.</summary>
internal sealed class OddsCollectionStateConfiguration : IEntityTypeConfiguration<OddsCollectionState>
{
    public void Configure(EntityTypeBuilder<OddsCollectionState> b)
    {
        b.ToTable("OddsCollectionStates");
        b.ConfigureEntity();
        b.HasIndex(x => x.OrganizationId).IsUnique();
        b.BelongsToOrganization();
    }
}
