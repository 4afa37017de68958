namespace CleanPlatform.Infrastructure.Persistence.Configurations.Identity;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> b)
    {
        b.ToTable("Plans");
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(Plan.CodeMaxLength);
    }
}
