namespace CleanPlatform.Domain.Billing.Events;

/// <summary>
/// Billing's published contract: an invoice was numbered and frozen (billing.md §2). Raised in the finalization's
/// transaction; the invoice itself holds its content.
/// </summary>
/// <param name="OrganizationId">The buyer.</param>
/// <param name="InvoiceId">The invoice finalized.</param>
public sealed record InvoiceFinalized(Guid OrganizationId, Guid InvoiceId) : IOrganizationEvent
{
    /// <inheritdoc />
    public Guid OrganizationId { get; } = OrganizationId;

    /// <summary>The invoice finalized.</summary>
    public Guid InvoiceId { get; } = InvoiceId;
}
