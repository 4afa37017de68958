using System.Text.Json;
using System.Text.Json.Serialization;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Betting.Agents;
using CleanPlatform.Infrastructure.Persistence.Numbers;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Betting;

/// <summary>
/// Opportunities, one per organization, event, agent, market, line and selection (the unique key a run upserts on),
/// listed by kick-off and filtered by agent. The raw prices an agent read are its audit trail, kept whole as JSON text
/// on every provider; the agreeing agents are a primitive collection like bets' tags.
/// </summary>
internal sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    private const int EnumMaxLength = 16;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public void Configure(EntityTypeBuilder<Opportunity> b)
    {
        b.ToTable("Opportunities");
        b.ConfigureEntity();
        b.Property(x => x.Market).HasConversion<string>().HasMaxLength(EnumMaxLength);
        b.Property(x => x.Selection).HasConversion<string>().HasMaxLength(EnumMaxLength);
        b.Property(x => x.Method).HasConversion<string>().HasMaxLength(EnumMaxLength);
        b.Property(x => x.Label).HasConversion<string>().HasMaxLength(EnumMaxLength);
        b.Property(x => x.Result).HasConversion<string>().HasMaxLength(EnumMaxLength);
        b.Property(x => x.Line).HasPrecision(OddsSnapshotConfiguration.LinePrecision, OddsSnapshotConfiguration.LineScale);
        b.Property(x => x.ExpectedValue).HasPrecision(NumberColumns.RatioPrecision, NumberColumns.RatioScale);
        b.Property(x => x.Edge).HasPrecision(NumberColumns.RatioPrecision, NumberColumns.RatioScale);
        b.Property(x => x.LowestExpectedValue).HasPrecision(NumberColumns.RatioPrecision, NumberColumns.RatioScale);
        b.Property(x => x.HighestExpectedValue).HasPrecision(NumberColumns.RatioPrecision, NumberColumns.RatioScale);
        b.Property(x => x.ClosingOdds).HasPrecision(NumberColumns.RatioPrecision, NumberColumns.RatioScale);
        b.Property(x => x.AgentKey).HasMaxLength(Opportunity.AgentKeyMaxLength);
        b.Property(x => x.AgentVersion).HasMaxLength(Opportunity.AgentVersionMaxLength);
        b.Property(x => x.Reference).HasMaxLength(Opportunity.ReferenceMaxLength);
        b.Property(x => x.Reasons).HasMaxLength(Opportunity.ReasonsMaxLength);
        b.Ignore(x => x.Prices);
        b.Property<List<QuotedPrice>>("_prices").HasColumnName(nameof(Opportunity.Prices))
            .HasConversion(
                prices => JsonSerializer.Serialize(prices, Json),
                json => JsonSerializer.Deserialize<List<QuotedPrice>>(json, Json) ?? new List<QuotedPrice>(),
                new ValueComparer<List<QuotedPrice>>(
                    (a, c) => a!.SequenceEqual(c!),
                    v => v.Aggregate(0, (hash, p) => HashCode.Combine(hash, p.GetHashCode())),
                    v => v.ToList()))
            .IsRequired();
        b.PrimitiveCollection(x => x.AgreeingAgents).HasField("_agreeingAgents").UsePropertyAccessMode(PropertyAccessMode.Field)
            .IsRequired().ElementType(e => e.HasMaxLength(Opportunity.AgentKeyMaxLength));
        b.HasIndex(x => new { x.OrganizationId, x.EventId, x.AgentKey, x.Market, x.Line, x.Selection }).IsUnique();
        b.HasIndex(x => new { x.OrganizationId, x.ExpiresAt });
        b.HasIndex(x => new { x.OrganizationId, x.AgentKey, x.ExpiresAt });
        b.HasOne<SportEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Bookmaker>().WithMany().HasForeignKey(x => x.BookmakerId).OnDelete(DeleteBehavior.Restrict);
        b.BelongsToOrganization();
        // The prices are one JSON column, never an entity of their own: forget the type the conventions found.
        if (b.Metadata.Model.FindEntityType(typeof(QuotedPrice)) is { } discovered)
            b.Metadata.Model.RemoveEntityType(discovered);
        b.Metadata.Model.AddIgnored(typeof(QuotedPrice));
    }
}
