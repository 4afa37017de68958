namespace CleanPlatform.Domain.Billing.Payments;

/// <summary>A payment's states (billing.md §5): <c>pending → requires_action → succeeded | failed | canceled</c>.</summary>
public enum PaymentStatus
{
    Pending,

    /// <summary>The payer must act (a card's SCA): a payment link is e-mailed.</summary>
    RequiresAction,

    Succeeded,
    Failed,
    Canceled,
}
