namespace CleanPlatform.Domain.Billing.Payments;

/// <summary>How a payment reached the operator (billing.md §5).</summary>
public enum PaymentMethod
{
    Card,
    PayPal,

    /// <summary>A transfer to the operator's account, with the invoice number as its reference.</summary>
    BankTransfer,

    /// <summary>The organization's prepaid credits, taken when the invoice was finalized (billing.md §8).</summary>
    Credits,
}
