namespace CleanPlatform.Domain.Billing.Subscriptions;

/// <summary>A subscription's states (billing.md §9); <see cref="Canceled"/> is final.</summary>
public enum SubscriptionStatus
{
    Trialing,
    Active,

    /// <summary>A renewal failed and dunning runs; access continues.</summary>
    PastDue,

    Canceled,
}
