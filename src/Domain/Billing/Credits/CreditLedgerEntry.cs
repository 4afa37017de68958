namespace CleanPlatform.Domain.Billing.Credits;

/// <summary>
/// One movement of one prepaid credit grant, append-only (billing.md §8): <see cref="Amount"/> is signed (a grant or
/// a restore adds, a consumption, an expiry or a transfer takes away) and <see cref="RemainingAfter"/> is what the
/// grant held after it, never below 0.
/// </summary>
public sealed class CreditLedgerEntry : Entity, ITenantOwned
{
    private CreditLedgerEntry() { }

    /// <inheritdoc />
    public Guid OrganizationId { get; private set; }

    public Guid GrantId { get; private set; }

    public CreditLedgerKind Kind { get; private set; }

    /// <summary>The grant's ISO 4217 code.</summary>
    public string Currency { get; private set; } = "";

    /// <summary>What the movement added to the grant (below 0 when it took away).</summary>
    public decimal Amount { get; private set; }

    /// <summary>What the grant held after the movement.</summary>
    public decimal RemainingAfter { get; private set; }

    /// <summary>The invoice paid (a consumption) or credited (a restore), if any.</summary>
    public Guid? InvoiceId { get; private set; }

    /// <summary>The credit note that gave the credits back (a restore), if any.</summary>
    public Guid? CreditNoteId { get; private set; }

    /// <summary>The other organization's grant that received a transfer, if any.</summary>
    public Guid? CounterpartGrantId { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    internal static CreditLedgerEntry Of(CreditGrant grant, CreditLedgerKind kind, decimal amount, DateTimeOffset now,
        Guid? invoiceId = null, Guid? creditNoteId = null, Guid? counterpartGrantId = null) => new()
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = grant.OrganizationId,
            GrantId = grant.Id,
            Kind = kind,
            Currency = grant.Currency,
            Amount = amount,
            RemainingAfter = grant.Remaining,
            InvoiceId = invoiceId,
            CreditNoteId = creditNoteId,
            CounterpartGrantId = counterpartGrantId,
            OccurredAt = now,
            CreatedAt = now,
        };
}
