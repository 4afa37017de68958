namespace CleanPlatform.Domain.Billing.Subscriptions;

/// <summary>When a plan change applies, and what it bills (billing.md §3, §15).</summary>
public enum PlanChangeTiming
{
    /// <summary>An upgrade: at once, with proration lines, invoiced and charged at once; the anchor stays.</summary>
    ImmediateWithProration,

    /// <summary>The same price per month with other limits: at once, nothing billed.</summary>
    ImmediateWithoutProration,

    /// <summary>Monthly to yearly: at once, the unused monthly time credited, the full yearly price charged, a new anchor.</summary>
    ImmediateNewTerm,

    /// <summary>A downgrade, or yearly to monthly: at the end of the current period or term, no refund.</summary>
    AtPeriodEnd,
}
