namespace CleanPlatform.Application.Common.Interfaces;

/// <summary>
/// Encrypts secrets the platform must use again later (a provider's API key), so the database holds only ciphertext.
/// A <c>purpose</c> isolates each kind of secret: text protected for one purpose cannot be read for another. Every
/// node reads what any node wrote, after restarts too.
/// </summary>
public interface ISecretProtector
{
    /// <summary><paramref name="secret"/> encrypted for <paramref name="purpose"/>.</summary>
    string Protect(string purpose, string secret);

    /// <summary>The secret <paramref name="protectedSecret"/> holds; null when it can no longer be read (its key is gone).</summary>
    string? Unprotect(string purpose, string protectedSecret);
}
