using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace CleanPlatform.Infrastructure.Secrets;

/// <summary>
/// Secrets encrypted with ASP.NET Core Data Protection (authenticated encryption, keys rotated every 90 days and kept
/// in the database): a secret protected under an older key still reads after rotation.
/// </summary>
internal sealed class DataProtectionSecretProtector(IDataProtectionProvider provider) : ISecretProtector
{
    public string Protect(string purpose, string secret) => provider.CreateProtector(purpose).Protect(secret);

    public string? Unprotect(string purpose, string protectedSecret)
    {
        try
        {
            return provider.CreateProtector(purpose).Unprotect(protectedSecret);
        }
        catch (CryptographicException)
        {
            // The key that wrote it is gone (the key table was emptied) or the text was altered: the secret must be set again.
            return null;
        }
    }
}
