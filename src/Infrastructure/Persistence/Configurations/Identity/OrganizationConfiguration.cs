namespace CleanPlatform.Infrastructure.Persistence.Configurations.Identity;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> b)
    {
        b.ToTable("Organizations");
        b.ConfigureEntity();
        b.Property(x => x.Name).HasMaxLength(Organization.NameMaxLength).IsRequired();
        b.Property(x => x.PlanCode).HasMaxLength(Plan.CodeMaxLength).IsRequired();
        b.HasOne<Plan>().WithMany().HasForeignKey(x => x.PlanCode).OnDelete(DeleteBehavior.Restrict);
    }
}
