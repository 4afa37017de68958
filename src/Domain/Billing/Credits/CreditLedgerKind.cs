namespace CleanPlatform.Domain.Billing.Credits;

/// <summary>What a credit ledger entry records (billing.md §8).</summary>
public enum CreditLedgerKind
{
    /// <summary>Credits granted: the grant's whole amount.</summary>
    Grant,

    /// <summary>Credits that paid an invoice.</summary>
    Consume,

    /// <summary>What was left of a grant when it expired.</summary>
    Expire,

    /// <summary>Credits given back by a credit note of the invoice they paid.</summary>
    Restore,

    /// <summary>Credits moved to another organization, which holds them as a grant of its own.</summary>
    TransferOut,
}
