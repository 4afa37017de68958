namespace CleanPlatform.Infrastructure.Persistence.Configurations.Identity;

internal sealed class PendingRegistrationConfiguration : IEntityTypeConfiguration<PendingRegistration>
{
    public void Configure(EntityTypeBuilder<PendingRegistration> b)
    {
        b.ToTable("PendingRegistrations");
        b.ConfigureEntity();
        b.Property(x => x.Email).HasMaxLength(Invitation.EmailMaxLength).IsRequired();
        b.Property(x => x.DisplayName).HasMaxLength(IdentityRules.DisplayNameMaxLength).IsRequired();
        b.Property(x => x.OrganizationName).HasMaxLength(Organization.NameMaxLength);
        b.Property(x => x.PasswordHash).HasMaxLength(512).IsRequired();
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.HasIndex(x => x.Email);
        b.HasIndex(x => x.ExpiresAt);
    }
}
