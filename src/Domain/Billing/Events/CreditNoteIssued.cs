namespace CleanPlatform.Domain.Billing.Events;

/// <summary>
/// Billing's published contract: a credit note was issued against a finalized invoice (billing.md §2). Raised in the
/// issuing transaction; the credit note holds its content and how it was settled.
/// </summary>
/// <param name="OrganizationId">The buyer.</param>
/// <param name="CreditNoteId">The credit note issued.</param>
/// <param name="InvoiceId">The invoice it corrects.</param>
public sealed record CreditNoteIssued(Guid OrganizationId, Guid CreditNoteId, Guid InvoiceId) : IOrganizationEvent
{
    /// <inheritdoc />
    public Guid OrganizationId { get; } = OrganizationId;

    /// <summary>The credit note issued.</summary>
    public Guid CreditNoteId { get; } = CreditNoteId;

    /// <summary>The invoice it corrects.</summary>
    public Guid InvoiceId { get; } = InvoiceId;
}
