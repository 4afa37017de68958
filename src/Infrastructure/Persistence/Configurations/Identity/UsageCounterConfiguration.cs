namespace CleanPlatform.Infrastructure.Persistence.Configurations.Identity;

internal sealed class UsageCounterConfiguration : IEntityTypeConfiguration<UsageCounter>
{
    public void Configure(EntityTypeBuilder<UsageCounter> b)
    {
        b.ToTable("UsageCounters");
        b.HasKey(x => new { x.OrganizationId, x.Period });
        b.Property(x => x.Period).HasMaxLength(UsageCounter.PeriodLength);
        b.BelongsToOrganization();
    }
}
