namespace CleanPlatform.Domain.Billing.Subscriptions;

/// <summary>
/// The price revision a subscription is billed at: which plan (its id, and its code, which names the organization's
/// limits), which revision, per which interval, how much.
/// </summary>
public sealed record SubscribedPrice(Guid PlanId, string PlanCode, Guid PriceId, BillingInterval Interval, Money Amount)
{
    public Guid PlanId { get; } = PlanId;

    public string PlanCode { get; } = PlanCode;

    public Guid PriceId { get; } = PriceId;

    public BillingInterval Interval { get; } = Interval;

    public Money Amount { get; } = Amount;
}
