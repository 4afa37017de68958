namespace CleanPlatform.Domain.Billing.Customers;

/// <summary>Where a piece of evidence of the customer's country comes from (Implementing Regulation 282/2011 Art. 24f).</summary>
public enum EvidenceSource
{
    /// <summary>The billing address the customer gave.</summary>
    BillingAddress,

    /// <summary>The country of the address the customer's request came from.</summary>
    IpAddress,

    /// <summary>The country of the card or bank account that paid, as the payment provider reports it.</summary>
    PaymentMethod,
}
