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
}
