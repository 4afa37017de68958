namespace CleanPlatform.Domain.Betting;

/// <summary>
/// Where a bet came from, when an agent or an opportunity suggested it: the opportunity, the agent's key
/// (<c>value-rule</c>), and the edge (<c>p − 1/o</c>) and Kelly fraction it was sized with.
/// </summary>
/// <param name="OpportunityId">The opportunity the bet took, if any.</param>
/// <param name="AgentKey">The agent that suggested it, if any.</param>
/// <param name="Edge">The edge at placement, between −1 and 1.</param>
/// <param name="KellyFraction">The stake fraction at placement, between 0 and 1.</param>
public sealed record BetOrigin(Guid? OpportunityId, string? AgentKey, decimal? Edge, decimal? KellyFraction)
{
    /// <summary>A bet placed by hand, on no one's suggestion.</summary>
    public static BetOrigin Manual { get; } = new(null, null, null, null);

    /// <summary>The opportunity the bet took, if any.</summary>
    public Guid? OpportunityId { get; } = OpportunityId;

    /// <summary>The agent that suggested it, if any.</summary>
    public string? AgentKey { get; } = AgentKey;

    /// <summary>The edge at placement.</summary>
    public decimal? Edge { get; } = Edge;

    /// <summary>The stake fraction at placement.</summary>
    public decimal? KellyFraction { get; } = KellyFraction;
}
