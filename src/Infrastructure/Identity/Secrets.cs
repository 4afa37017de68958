using System.Security.Cryptography;
using System.Text;

namespace CleanPlatform.Infrastructure.Identity;

internal sealed class Secrets(IOptions<JwtOptions> jwt) : ISecrets
{
    private readonly Lazy<byte[]> _successorKey = new(() =>
        SHA256.HashData(Encoding.UTF8.GetBytes($"refresh-token-successor:{jwt.Value.SigningKey}")));

    public const string ApiKeyPrefix = "cp_";
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    // cp_<12 lookup chars>_<43 secret chars>: the prefix finds the row, the whole key is hashed.
    public (string Prefix, string Key) NewApiKey()
    {
        var prefix = RandomNumberGenerator.GetString(Alphabet, ApiKey.PrefixLength);
        return (prefix, $"{ApiKeyPrefix}{prefix}_{NewToken()}");
    }

    public string SuccessorOf(string refreshToken) =>
        Base64Url(HMACSHA256.HashData(_successorKey.Value, Encoding.UTF8.GetBytes(refreshToken)));

    public string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>The lookup prefix of a presented key, or null when it is not shaped like one of ours.</summary>
    public static string? PrefixOf(string presentedKey)
    {
        if (!presentedKey.StartsWith(ApiKeyPrefix, StringComparison.Ordinal)
            || presentedKey.Length <= ApiKeyPrefix.Length + ApiKey.PrefixLength + 1
            || presentedKey[ApiKeyPrefix.Length + ApiKey.PrefixLength] != '_')
            return null;
        return presentedKey.Substring(ApiKeyPrefix.Length, ApiKey.PrefixLength);
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
