namespace CleanPlatform.Application.Betting.CollectOdds;

/// <summary>What one collection run did.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="EventsAdded">Events the provider listed that were new.</param>
/// <param name="EventsUpdated">Known events whose kick-off moved.</param>
/// <param name="OddsRequests">Calls to <c>/odds</c> (credits spent).</param>
/// <param name="SnapshotsStored">Prices stored (first prices as opening, moves as intermediate).</param>
/// <param name="ScoresRequests">Calls to <c>/scores</c>.</param>
/// <param name="EventsCompleted">Events completed with their final score.</param>
/// <param name="SkippedForReserve">Sports whose due odds or scores were not asked: the credits left were at or below the reserve.</param>
/// <param name="QuotaRemaining">Credits left as last reported.</param>
/// <param name="QuotaUsed">Credits used as last reported.</param>
/// <param name="Refusal">Why the provider refused, when <paramref name="Outcome"/> is <see cref="OddsCollectionOutcome.Refused"/>.</param>
public sealed record OddsCollectionRunDto(
    OddsCollectionOutcome Outcome, int EventsAdded, int EventsUpdated, int OddsRequests, int SnapshotsStored,
    int ScoresRequests, int EventsCompleted, int SkippedForReserve, int? QuotaRemaining, int? QuotaUsed,
    OddsFeedRefusalDto? Refusal)
{
    public static OddsCollectionRunDto NotRun(OddsCollectionOutcome outcome) =>
        new(outcome, 0, 0, 0, 0, 0, 0, 0, null, null, null);
}
