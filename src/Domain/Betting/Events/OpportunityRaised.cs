namespace CleanPlatform.Domain.Betting.Events;

/// <summary>
/// Betting's published contract: an agent raised a new opportunity that can still be bet. Alerts consume it.
/// </summary>
/// <param name="OpportunityId">The opportunity.</param>
/// <param name="OrganizationId">Its organization.</param>
/// <param name="EventId">The event it backs a selection of.</param>
/// <param name="AgentKey">The agent that raised it.</param>
/// <param name="ExpectedValue">Its EV per unit staked.</param>
/// <param name="ExpiresAt">Kick-off, when it expires.</param>
public sealed record OpportunityRaised(Guid OpportunityId, Guid OrganizationId, Guid EventId, string AgentKey,
    decimal ExpectedValue, DateTimeOffset ExpiresAt) : IOrganizationEvent
{
    /// <summary>The opportunity.</summary>
    public Guid OpportunityId { get; } = OpportunityId;

    /// <inheritdoc />
    public Guid OrganizationId { get; } = OrganizationId;

    /// <summary>The event.</summary>
    public Guid EventId { get; } = EventId;

    /// <summary>The agent that raised it.</summary>
    public string AgentKey { get; } = AgentKey;

    /// <summary>Its EV per unit staked.</summary>
    public decimal ExpectedValue { get; } = ExpectedValue;

    /// <summary>Kick-off, when it expires.</summary>
    public DateTimeOffset ExpiresAt { get; } = ExpiresAt;
}
