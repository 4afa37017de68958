using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanPlatform.Infrastructure.Persistence.Configurations.Platform;

/// <summary>
/// The Data Protection key ring, shared by every node: the keys that encrypt stored secrets (an organization's Odds API
/// key) and Identity's tokens. Not tenant data; one row per key, a few a year.
/// </summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    private const int FriendlyNameMaxLength = 128;

    public void Configure(EntityTypeBuilder<DataProtectionKey> b)
    {
        b.ToTable("DataProtectionKeys");
        b.Property(x => x.FriendlyName).HasMaxLength(FriendlyNameMaxLength);
    }
}
