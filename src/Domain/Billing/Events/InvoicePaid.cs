namespace CleanPlatform.Domain.Billing.Events;

/// <summary>
/// Billing's published contract: nothing is left to pay on a finalized invoice (a zero total at finalization, or the
/// payment that settled it). Raised in that change's transaction.
/// </summary>
/// <param name="OrganizationId">The buyer.</param>
/// <param name="InvoiceId">The paid invoice.</param>
public sealed record InvoicePaid(Guid OrganizationId, Guid InvoiceId) : IOrganizationEvent
{
    /// <inheritdoc />
    public Guid OrganizationId { get; } = OrganizationId;

    /// <summary>The paid invoice.</summary>
    public Guid InvoiceId { get; } = InvoiceId;
}
