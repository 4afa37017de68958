namespace CleanPlatform.Domain.Betting;

/// <summary>
/// Where an organization's Odds API collection stands: the credits the provider last reported and when odds were
/// last collected. One row per organization, apart from <see cref="BettingSettings"/> so that a collection run
/// never changes the settings' version under someone editing them.
/// </summary>
public sealed class OddsCollectionState : Entity, IAggregateRoot, ITenantOwned
{
    private OddsCollectionState() { }

    /// <inheritdoc />
    public Guid OrganizationId { get; private set; }

    /// <summary>The Odds API's remaining credits (<c>x-requests-remaining</c>) as last seen; null until a call reports it.</summary>
    public int? QuotaRemaining { get; private set; }

    /// <summary>The Odds API's credits used this period (<c>x-requests-used</c>) as last seen; null until a call reports it.</summary>
    public int? QuotaUsed { get; private set; }

    /// <summary>When <see cref="QuotaRemaining"/> and <see cref="QuotaUsed"/> were read.</summary>
    public DateTimeOffset? QuotaCheckedAt { get; private set; }

    /// <summary>When odds were last collected (a run that asked the provider for odds).</summary>
    public DateTimeOffset? LastCollectedAt { get; private set; }

    public static OddsCollectionState Start(Guid organizationId, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), OrganizationId = organizationId, CreatedAt = now };

    /// <summary>
    /// Keeps the credits the Odds API reported at <paramref name="at"/>; a response without them (both null) leaves the
    /// last known figures.
    /// </summary>
    public void RecordQuota(int? remaining, int? used, DateTimeOffset at)
    {
        if (remaining is null && used is null)
            return;
        (QuotaRemaining, QuotaUsed, QuotaCheckedAt) = (remaining ?? QuotaRemaining, used ?? QuotaUsed, at.ToUniversalTime());
    }

    /// <summary>Records a run that asked the Odds API for odds at <paramref name="at"/>.</summary>
    public void RecordCollection(DateTimeOffset at) => LastCollectedAt = at.ToUniversalTime();
}
