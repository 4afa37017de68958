using CleanPlatform.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;

namespace CleanPlatform.Infrastructure.Secrets;

internal static class SecretProtection
{
    /// <summary>The application name every node shares, so they all read one key ring (not one per install path).</summary>
    public const string ApplicationName = "CleanPlatform";

    /// <summary>Data Protection with its keys in the database (table <c>DataProtectionKeys</c>) and the secret protector over it.</summary>
    public static IServiceCollection AddSecretProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<AppDbContext>();
        services.AddSingleton<ISecretProtector, DataProtectionSecretProtector>();
        services.AddHostedService<KeyRingRefresher>();
        return services;
    }
}
