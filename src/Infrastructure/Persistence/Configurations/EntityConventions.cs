namespace CleanPlatform.Infrastructure.Persistence.Configurations;

internal static class EntityConventions
{
    /// <summary>Key, concurrency version (bumped by the auditing interceptor) and ignored events: the same for every entity.</summary>
    public static void ConfigureEntity<T>(this EntityTypeBuilder<T> b) where T : Entity
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.DomainEvents);
    }

    /// <summary>A tenant-owned row's organization (<see cref="ITenantOwned"/>): required, and its rows go with it.</summary>
    public static void BelongsToOrganization<T>(this EntityTypeBuilder<T> b) where T : class, ITenantOwned =>
        b.HasOne<Organization>().WithMany().HasForeignKey(nameof(ITenantOwned.OrganizationId)).OnDelete(DeleteBehavior.Cascade);
}
