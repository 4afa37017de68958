using CleanPlatform.Domain.Betting;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Betting;

/// <summary>
/// Backtest runs: listed newest first per organization, and found by the runner by status. The rule and the result are
/// JSON texts of any length (the result holds every bet of the run).
/// </summary>
internal sealed class BacktestRunConfiguration : IEntityTypeConfiguration<BacktestRun>
{
    private const int EnumMaxLength = 16;

    public void Configure(EntityTypeBuilder<BacktestRun> b)
    {
        b.ToTable("BacktestRuns");
        b.ConfigureEntity();
        // Text of any length, as the result: a valid rule's JSON stays far below BacktestRun.RuleMaxLength.
        b.Property(x => x.Rule).IsRequired();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(EnumMaxLength);
        b.Property(x => x.Error).HasMaxLength(BacktestRun.ErrorMaxLength);
        b.Property(x => x.Result);
        b.Ignore(x => x.IsFinished);
        b.Ignore(x => x.AttemptsSpent);
        b.HasIndex(x => new { x.OrganizationId, x.CreatedAt });
        b.HasIndex(x => new { x.Status, x.OrganizationId });
        b.BelongsToOrganization();
    }
}
