using CleanPlatform.Domain.Common;

namespace CleanPlatform.Domain.Billing.Credits;

/// <summary>An amount taken from one grant.</summary>
public sealed record CreditUse(Guid GrantId, Money Amount)
{
    public Guid GrantId { get; } = GrantId;

    public Money Amount { get; } = Amount;
}
