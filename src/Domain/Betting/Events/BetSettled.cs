namespace CleanPlatform.Domain.Betting.Events;

/// <summary>
/// Betting's published contract: a pending bet was settled or voided, by hand or by a settlement run. Raised with
/// the change, in its transaction, so notifications and analytics learn of every final result once.
/// </summary>
/// <param name="BetId">The settled bet.</param>
/// <param name="OrganizationId">The bet's organization.</param>
/// <param name="UserId">Who placed the bet.</param>
/// <param name="Status">The final status: won, half won, push, half lost, lost or void.</param>
/// <param name="Payout">What the bookmaker paid back, the stake included.</param>
/// <param name="Profit">Payout − stake.</param>
/// <param name="Currency">The stake's currency, of the payout and profit too.</param>
/// <param name="SettledAt">When it was settled.</param>
public sealed record BetSettled(Guid BetId, Guid OrganizationId, Guid UserId, BetStatus Status, decimal Payout,
    decimal Profit, string Currency, DateTimeOffset SettledAt) : IOrganizationEvent
{
    /// <summary>The settled bet.</summary>
    public Guid BetId { get; } = BetId;

    /// <inheritdoc />
    public Guid OrganizationId { get; } = OrganizationId;

    /// <summary>Who placed the bet.</summary>
    public Guid UserId { get; } = UserId;

    /// <summary>The final status.</summary>
    public BetStatus Status { get; } = Status;

    /// <summary>What the bookmaker paid back, the stake included.</summary>
    public decimal Payout { get; } = Payout;

    /// <summary>Payout − stake.</summary>
    public decimal Profit { get; } = Profit;

    /// <summary>The stake's currency.</summary>
    public string Currency { get; } = Currency;

    /// <summary>When it was settled.</summary>
    public DateTimeOffset SettledAt { get; } = SettledAt;
}
