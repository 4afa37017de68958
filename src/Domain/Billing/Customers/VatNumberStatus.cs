namespace CleanPlatform.Domain.Billing.Customers;

/// <summary>Where a customer's VAT number stands (billing.md §4): only <see cref="Valid"/> earns a reverse charge.</summary>
public enum VatNumberStatus
{
    /// <summary>No VAT number given.</summary>
    None,

    /// <summary>It passed the local format and checksum check; VIES has not answered yet.</summary>
    Unchecked,

    /// <summary>VIES could not answer (unavailable, timeout): billed as without a valid number while it is retried.</summary>
    Pending,

    /// <summary>VIES found it valid.</summary>
    Valid,

    /// <summary>VIES found it invalid.</summary>
    Invalid,
}
