using System.Security.Cryptography;

namespace CleanPlatform.Application.Billing.Webhooks.Common;

/// <summary>Endpoint signing secrets: <c>whsec_</c> and 32 random bytes (billing.md §6), kept encrypted.</summary>
public static class WebhookSecrets
{
    /// <summary>The purpose they are encrypted for (<see cref="ISecretProtector"/>).</summary>
    public const string Purpose = "CleanPlatform.Billing.WebhookSecret";

    /// <summary>How long a secret is: <c>whsec_</c> and 43 characters.</summary>
    public const int Length = 49;

    /// <summary>A new secret: <c>whsec_</c> and 32 random bytes as unpadded base64url (43 characters).</summary>
    public static string New() =>
        "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
