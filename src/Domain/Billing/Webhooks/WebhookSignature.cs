using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CleanPlatform.Domain.Billing.Webhooks;

/// <summary>
/// The webhook signature scheme of billing.md §6, the same for incoming (Stripe's <c>Stripe-Signature</c>) and
/// outgoing (<c>CleanPlatform-Signature</c>) events: <c>t=&lt;unix seconds&gt;,v1=&lt;hex&gt;[,v1=…]</c>, where each
/// v1 is the lower-case hex HMAC-SHA256, keyed with the endpoint secret as UTF-8 (the whole <c>whsec_…</c>
/// string), of <c>{t}.{raw body}</c>. Verification is over the raw body bytes, before any JSON is parsed.
/// </summary>
public static class WebhookSignature
{
    /// <summary>How far the signed time may be from now, either way.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(300);

    /// <summary>The v1 signature of <paramref name="body"/> at <paramref name="timestamp"/>.</summary>
    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var payload = new byte[prefix.Length + body.Length];
        prefix.CopyTo(payload, 0);
        body.CopyTo(payload.AsSpan(prefix.Length));
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), payload));
    }

    /// <summary>The header for <paramref name="body"/> signed now, one v1 per secret (two while a secret rotates).</summary>
    public static string Header(IEnumerable<string> secrets, DateTimeOffset now, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        var t = now.ToUnixTimeSeconds();
        var header = new StringBuilder("t=").Append(t.ToString(CultureInfo.InvariantCulture));
        foreach (var secret in secrets)
            header.Append(",v1=").Append(Sign(secret, t, body));
        return header.ToString();
    }

    /// <summary>
    /// Whether <paramref name="header"/> signs <paramref name="body"/> under any of <paramref name="secrets"/>
    /// within <see cref="Tolerance"/> of <paramref name="now"/>. A malformed header (no <c>t</c>, two of them, a
    /// non-numeric one, no <c>v1</c>) is simply not valid; other schemes (<c>v0</c>) are ignored. Signatures are
    /// compared in fixed time.
    /// </summary>
    public static bool Verify(string? header, ReadOnlySpan<byte> body, IEnumerable<string> secrets, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        if (string.IsNullOrEmpty(header))
            return false;
        var parts = header.Split(',').Select(p => p.Split('=', 2)).Where(kv => kv.Length == 2)
            .Select(kv => (Key: kv[0], Value: kv[1]))
            .ToList();
        var times = parts.Where(p => p.Key == "t").Select(p => p.Value).ToList();
        var signatures = parts.Where(p => p.Key == "v1").Select(p => p.Value).ToList();
        if (times is not [var t] || t.Length is 0 or > 12 || !t.All(char.IsAsciiDigit) || signatures.Count == 0)
            return false;
        var timestamp = long.Parse(t, CultureInfo.InvariantCulture);
        if (Math.Abs(now.ToUnixTimeSeconds() - timestamp) > Tolerance.TotalSeconds)
            return false;
        foreach (var secret in secrets)
        {
            var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp, body));
            foreach (var signature in signatures)
            {
                if (CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature)))
                    return true;
            }
        }

        return false;
    }
}
