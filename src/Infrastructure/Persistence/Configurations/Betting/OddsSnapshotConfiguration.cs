using CleanPlatform.Domain.Betting;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Betting;

/// <summary>
/// Millions of rows: a 64-bit sequence key, enums as integers, and one unique index that is both the natural
/// key (a re-import inserts nothing twice) and the path of every read, which starts from an event.
/// </summary>
internal sealed class OddsSnapshotConfiguration : IEntityTypeConfiguration<OddsSnapshot>
{
    /// <summary>Handicaps and totals: quarter steps up to ±999.75.</summary>
    public const int LinePrecision = 6;

    public const int LineScale = 2;

    public void Configure(EntityTypeBuilder<OddsSnapshot> b)
    {
        b.ToTable("OddsSnapshots");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedOnAdd();
        b.Property(x => x.Line).HasPrecision(LinePrecision, LineScale);
        b.HasIndex(x => new
        {
            x.OrganizationId,
            x.EventId,
            x.BookmakerId,
            x.Market,
            x.Line,
            x.Selection,
            x.Kind,
            x.CapturedAt,
        }).IsUnique();
        b.HasIndex(x => new { x.OrganizationId, x.CapturedAt });
        b.HasOne<SportEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Bookmaker>().WithMany().HasForeignKey(x => x.BookmakerId).OnDelete(DeleteBehavior.Restrict);
        b.BelongsToOrganization();
    }
}
