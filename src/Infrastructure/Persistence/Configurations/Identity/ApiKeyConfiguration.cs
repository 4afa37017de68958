namespace CleanPlatform.Infrastructure.Persistence.Configurations.Identity;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> b)
    {
        b.ToTable("ApiKeys");
        b.ConfigureEntity();
        b.Property(x => x.Name).HasMaxLength(ApiKey.NameMaxLength).IsRequired();
        b.Property(x => x.Prefix).HasMaxLength(ApiKey.PrefixLength).IsRequired();
        b.Property(x => x.SecretHash).HasMaxLength(64).IsRequired();
        b.Property(x => x.Scopes).HasConversion<int>();
        b.HasIndex(x => x.Prefix).IsUnique();
        b.HasIndex(x => new { x.UserId, x.CreatedAt });
        b.BelongsToOrganization();
        b.HasOne<ApplicationUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
