namespace CleanPlatform.Domain.Billing.Subscriptions;

/// <summary>How often a plan's price is charged.</summary>
public enum BillingInterval
{
    Monthly,
    Yearly,
}
