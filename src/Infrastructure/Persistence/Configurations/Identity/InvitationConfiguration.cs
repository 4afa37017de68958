namespace CleanPlatform.Infrastructure.Persistence.Configurations.Identity;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> b)
    {
        b.ToTable("Invitations");
        b.ConfigureEntity();
        b.Property(x => x.Email).HasMaxLength(Invitation.EmailMaxLength).IsRequired();
        b.Property(x => x.Role).HasMaxLength(32).IsRequired();
        b.Property(x => x.TokenHash).HasMaxLength(64).IsRequired();
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.HasIndex(x => new { x.OrganizationId, x.CreatedAt });
        b.BelongsToOrganization();
        b.HasOne<ApplicationUser>().WithMany().HasForeignKey(x => x.InvitedBy).OnDelete(DeleteBehavior.Restrict);
    }
}
