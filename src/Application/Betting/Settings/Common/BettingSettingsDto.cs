using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Settings.Common;

/// <summary>
/// An organization's betting settings as the API shows them. Fractions are of one (0.25 = 25 %). The Odds API key is
/// never shown: only whether one is set and a hint of its last characters (<c>…a1b2</c>). <c>Version</c> is 0 while
/// the organization runs on the defaults, and is what an update sends back.
/// </summary>
public sealed record BettingSettingsDto(
    MoneyDto InitialBankroll, decimal KellyFraction, decimal MinimumEdge, decimal MaxBetShare, decimal MaxOpenShare,
    int CollectionIntervalMinutes, int RequestsReserve, IReadOnlyList<string> Regions, IReadOnlyList<string> SportKeys,
    AgentSwitches Agents, AlertThresholds Alerts, bool OddsApiKeySet, string? OddsApiKeyHint, int Version,
    DateTimeOffset? UpdatedAt)
{
    /// <summary>What precedes the hint: the key's start is never shown.</summary>
    public const string HintPrefix = "…";

    public static BettingSettingsDto From(BettingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new(MoneyDto.From(settings.InitialBankroll), settings.KellyMultiplier, settings.MinimumEdge, settings.BetCap,
            settings.OpenCap, settings.CollectionIntervalMinutes, settings.RequestsReserve, [.. settings.Regions],
            [.. settings.SportKeys], settings.Agents, settings.Alerts, settings.ProtectedOddsApiKey is not null,
            settings.OddsApiKeyHint is null ? null : HintPrefix + settings.OddsApiKeyHint, settings.Version,
            settings.UpdatedAt ?? (settings.Version > 0 ? settings.CreatedAt : null));
    }
}
