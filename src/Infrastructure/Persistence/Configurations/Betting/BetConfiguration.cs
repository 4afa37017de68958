using CleanPlatform.Domain.Betting;
using CleanPlatform.Infrastructure.Persistence.Numbers;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Betting;

/// <summary>
/// Bets, listed newest first per organization and filtered by status and event. Tags are one column, a primitive
/// collection (a text array on PostgreSQL, JSON text on SQLite and SQL Server), so a filter on a tag runs in the
/// database on every provider.
/// </summary>
internal sealed class BetConfiguration : IEntityTypeConfiguration<Bet>
{
    private const int EnumMaxLength = 16;

    public void Configure(EntityTypeBuilder<Bet> b)
    {
        b.ToTable("Bets");
        b.ConfigureEntity();
        b.Property(x => x.Market).HasConversion<string>().HasMaxLength(EnumMaxLength);
        b.Property(x => x.Selection).HasConversion<string>().HasMaxLength(EnumMaxLength);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(EnumMaxLength);
        b.Property(x => x.Line).HasPrecision(OddsSnapshotConfiguration.LinePrecision, OddsSnapshotConfiguration.LineScale);
        b.HasMoney(x => x.Stake);
        b.Property(x => x.AgentKey).HasMaxLength(BetText.AgentKeyMaxLength);
        b.Property(x => x.EdgeAtPlacement).HasPrecision(NumberColumns.RatioPrecision, NumberColumns.RatioScale);
        b.Property(x => x.KellyFractionAtPlacement).HasPrecision(NumberColumns.RatioPrecision, NumberColumns.RatioScale);
        b.Property(x => x.Payout).HasPrecision(NumberColumns.MoneyPrecision, NumberColumns.MoneyScale);
        b.Property(x => x.Profit).HasPrecision(NumberColumns.MoneyPrecision, NumberColumns.MoneyScale);
        b.Property(x => x.DeadHeatFraction).HasPrecision(NumberColumns.RatioPrecision, NumberColumns.RatioScale);
        b.Property(x => x.ClosingOdds).HasPrecision(NumberColumns.RatioPrecision, NumberColumns.RatioScale);
        b.Property(x => x.ClosingLine).HasPrecision(OddsSnapshotConfiguration.LinePrecision, OddsSnapshotConfiguration.LineScale);
        b.Property(x => x.Notes).HasMaxLength(BetText.NotesMaxLength);
        b.PrimitiveCollection(x => x.Tags).HasField("_tags").UsePropertyAccessMode(PropertyAccessMode.Field)
            .IsRequired().ElementType(e => e.HasMaxLength(BetText.TagMaxLength));
        b.HasIndex(x => new { x.OrganizationId, x.PlacedAt });
        b.HasIndex(x => new { x.OrganizationId, x.Status, x.EventId });
        b.HasOne<SportEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Bookmaker>().WithMany().HasForeignKey(x => x.BookmakerId).OnDelete(DeleteBehavior.Restrict);
        b.BelongsToOrganization();
    }
}
