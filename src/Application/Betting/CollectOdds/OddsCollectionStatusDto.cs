namespace CleanPlatform.Application.Betting.CollectOdds;

/// <summary>Where the organization's Odds API collection stands.</summary>
/// <param name="OddsApiKeySet">Whether a key is saved (collection runs only with one).</param>
/// <param name="SportKeys">The sport keys collected.</param>
/// <param name="CollectionIntervalMinutes">The settings' interval between two collections of an event far from kick-off.</param>
/// <param name="RequestsReserve">Credits kept: no costly call while the remaining credits are at or below it.</param>
/// <param name="QuotaRemaining">Credits left (<c>x-requests-remaining</c>) as last reported; null before any call.</param>
/// <param name="QuotaUsed">Credits used this period (<c>x-requests-used</c>) as last reported.</param>
/// <param name="QuotaCheckedAt">When the credits were reported.</param>
/// <param name="LastCollectedAt">When odds were last collected.</param>
public sealed record OddsCollectionStatusDto(
    bool OddsApiKeySet, IReadOnlyList<string> SportKeys, int CollectionIntervalMinutes, int RequestsReserve,
    int? QuotaRemaining, int? QuotaUsed, DateTimeOffset? QuotaCheckedAt, DateTimeOffset? LastCollectedAt);
