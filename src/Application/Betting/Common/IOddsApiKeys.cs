namespace CleanPlatform.Application.Betting.Common;

/// <summary>The Odds API key an organization saved in its betting settings, decrypted, for the odds collection to call with.</summary>
public interface IOddsApiKeys
{
    /// <summary>The purpose the key is encrypted for (<see cref="ISecretProtector"/>).</summary>
    const string Purpose = "CleanPlatform.Betting.OddsApiKey";

    /// <summary>The key of <paramref name="organizationId"/>; null when none is set or it can no longer be decrypted.</summary>
    Task<string?> GetAsync(Guid organizationId, CancellationToken ct);
}
