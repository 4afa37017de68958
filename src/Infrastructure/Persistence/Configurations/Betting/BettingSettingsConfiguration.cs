using CleanPlatform.Domain.Betting;
using CleanPlatform.Infrastructure.Persistence.Numbers;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Betting;

/// <summary>
/// One row per organization (a unique index), read by organization. Regions and sport keys are primitive collections
/// like a bet's tags; agents and alerts are plain columns of the same row. The Odds API key is only ever ciphertext here.
/// </summary>
internal sealed class BettingSettingsConfiguration : IEntityTypeConfiguration<BettingSettings>
{
    private const int RegionMaxLength = 8;

    public void Configure(EntityTypeBuilder<BettingSettings> b)
    {
        b.ToTable("BettingSettings");
        b.ConfigureEntity();
        b.HasMoney(x => x.InitialBankroll);
        foreach (var ratio in new[] { nameof(BettingSettings.KellyMultiplier), nameof(BettingSettings.MinimumEdge),
                     nameof(BettingSettings.BetCap), nameof(BettingSettings.OpenCap) })
            b.Property<decimal>(ratio).HasPrecision(NumberColumns.RatioPrecision, NumberColumns.RatioScale);
        b.PrimitiveCollection(x => x.Regions).HasField("_regions").UsePropertyAccessMode(PropertyAccessMode.Field)
            .IsRequired().ElementType(e => e.HasMaxLength(RegionMaxLength));
        b.PrimitiveCollection(x => x.SportKeys).HasField("_sportKeys").UsePropertyAccessMode(PropertyAccessMode.Field)
            .IsRequired().ElementType(e => e.HasMaxLength(OddsCollectionRules.SportKeyMaxLength));
        b.Property(x => x.AlertOpportunityEdge).HasPrecision(NumberColumns.RatioPrecision, NumberColumns.RatioScale);
        b.Property(x => x.AlertLineMovePercent).HasPrecision(NumberColumns.RatioPrecision, NumberColumns.RatioScale);
        b.Ignore(x => x.Agents);
        b.Ignore(x => x.Alerts);
        b.Property(x => x.ProtectedOddsApiKey).HasMaxLength(BettingSettings.ProtectedKeyMaxLength);
        b.Property(x => x.OddsApiKeyHint).HasMaxLength(BettingSettings.HintLength);
        b.Ignore(x => x.Staking);
        b.HasIndex(x => x.OrganizationId).IsUnique();
        b.BelongsToOrganization();
    }
}
