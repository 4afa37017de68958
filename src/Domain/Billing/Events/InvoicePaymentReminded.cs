namespace CleanPlatform.Domain.Billing.Events;

/// <summary>
/// Billing's published contract: an open invoice is overdue and its buyer is reminded (billing.md §9, the
/// <paramref name="Reminder"/>-th reminder). Raised in the dunning run's transaction.
/// </summary>
/// <param name="OrganizationId">The buyer.</param>
/// <param name="InvoiceId">The overdue invoice.</param>
/// <param name="Reminder">1 for the first reminder, then one more each.</param>
public sealed record InvoicePaymentReminded(Guid OrganizationId, Guid InvoiceId, int Reminder) : IOrganizationEvent
{
    /// <inheritdoc />
    public Guid OrganizationId { get; } = OrganizationId;

    /// <summary>The overdue invoice.</summary>
    public Guid InvoiceId { get; } = InvoiceId;

    /// <summary>1 for the first reminder, then one more each.</summary>
    public int Reminder { get; } = Reminder;
}
