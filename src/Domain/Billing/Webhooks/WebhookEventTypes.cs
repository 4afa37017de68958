namespace CleanPlatform.Domain.Billing.Webhooks;

/// <summary>The event types an outgoing webhook endpoint can subscribe to (billing.md §6).</summary>
public static class WebhookEventTypes
{
    public const string InvoiceFinalized = "invoice.finalized";
    public const string InvoicePaid = "invoice.paid";
    public const string InvoicePaymentReminded = "invoice.payment_reminded";
    public const string SubscriptionUpdated = "subscription.updated";
    public const string SubscriptionTrialWillEnd = "subscription.trial_will_end";
    public const string SubscriptionEndedUnpaid = "subscription.ended_unpaid";

    /// <summary>Every type, in the order the API lists them.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        InvoiceFinalized, InvoicePaid, InvoicePaymentReminded, SubscriptionUpdated, SubscriptionTrialWillEnd,
        SubscriptionEndedUnpaid,
    ];
}
