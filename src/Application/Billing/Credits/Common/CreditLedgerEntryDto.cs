using CleanPlatform.Domain.Billing.Credits;

namespace CleanPlatform.Application.Billing.Credits.Common;

/// <summary>One movement of one grant, as the append-only credit ledger keeps it.</summary>
/// <param name="Id">The entry's id.</param>
/// <param name="GrantId">The grant that moved.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Currency">The grant's ISO 4217 code.</param>
/// <param name="Amount">What the movement added to the grant, below 0 when it took away.</param>
/// <param name="RemainingAfter">What the grant held after it, never below 0.</param>
/// <param name="InvoiceId">The invoice paid (a consumption) or credited (a restore), if any.</param>
/// <param name="CreditNoteId">The credit note that gave credits back, if any.</param>
/// <param name="CounterpartGrantId">The other organization's grant a transfer went to, if any.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record CreditLedgerEntryDto(
    Guid Id, Guid GrantId, CreditLedgerKind Kind, string Currency, decimal Amount, decimal RemainingAfter,
    Guid? InvoiceId, Guid? CreditNoteId, Guid? CounterpartGrantId, DateTimeOffset OccurredAt) : IHasId;
