namespace CleanPlatform.Application.Identity.Common;

/// <summary>Random secrets and their one-way hashes.</summary>
public interface ISecrets
{
    /// <summary>A new opaque token (refresh tokens, invitations): 256 random bits, URL-safe.</summary>
    string NewToken();

    /// <summary>A new API key: the lookup prefix and the whole key the user will hold.</summary>
    (string Prefix, string Key) NewApiKey();

    /// <summary>
    /// The refresh token that succeeds <paramref name="refreshToken"/>: derived with a server key, so a
    /// second tab presenting the same token within the grace window gets the very same successor.
    /// </summary>
    string SuccessorOf(string refreshToken);

    /// <summary>The stored form of a secret (SHA-256, hex): secrets are random, so no salt or stretching.</summary>
    string Hash(string secret);
}
