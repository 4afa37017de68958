using System.Linq.Expressions;

namespace CleanPlatform.Domain.Billing.Credits;

/// <summary>
/// Prepaid credits granted to an organization in one currency (billing.md §8): what is left of them, when they were
/// granted and when they expire (never, when null). Each movement returns its <see cref="CreditLedgerEntry"/>, for the
/// caller to save with the grant; what is left is never below 0 nor above the amount granted.
/// </summary>
public sealed class CreditGrant : Entity, IAggregateRoot, ITenantOwned
{
    /// <summary>Longest reason kept.</summary>
    public const int ReasonMaxLength = 200;

    private CreditGrant() { }

    /// <inheritdoc />
    public Guid OrganizationId { get; private set; }

    /// <summary>The ISO 4217 code: only invoices in it are paid by the grant.</summary>
    public string Currency { get; private set; } = "";

    /// <summary>What was granted.</summary>
    public decimal Amount { get; private set; }

    /// <summary>What is left to pay with.</summary>
    public decimal Remaining { get; private set; }

    public DateTimeOffset GrantedAt { get; private set; }

    /// <summary>From when the grant no longer pays; null for never.</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    public CreditSource Source { get; private set; }

    /// <summary>Why the credits were granted, as the operator wrote it.</summary>
    public string Reason { get; private set; } = "";

    /// <summary>The other organization's grant this one was transferred from, if it was.</summary>
    public Guid? TransferredFromGrantId { get; private set; }

    /// <summary>What is left, with the dates that order the grants' use.</summary>
    public CreditBalance Balance => new(Id, new Money(Remaining, Currency), GrantedAt, ExpiresAt);

    /// <summary>Whether the grant may still pay at <paramref name="at"/>.</summary>
    public bool IsLiveAt(DateTimeOffset at) => ExpiresAt is null || at < ExpiresAt;

    /// <summary>The grants that hold credits and may still pay at <paramref name="now"/>, as a query says it.</summary>
    public static Expression<Func<CreditGrant, bool>> HoldsCreditsAt(DateTimeOffset now) =>
        g => g.Remaining > 0m && (g.ExpiresAt == null || g.ExpiresAt > now);

    /// <summary>Grants <paramref name="amount"/>, with its ledger entry.</summary>
    /// <exception cref="DomainException">
    /// <c>credit_grant.amount_invalid</c> for 0 or less; <c>credit_grant.expires_in_past</c> for an expiry not after now;
    /// <c>credit_grant.reason_invalid</c> for an empty or too long reason.
    /// </exception>
    public static (CreditGrant Grant, CreditLedgerEntry Entry) Grant(Guid organizationId, Money amount,
        DateTimeOffset? expiresAt, CreditSource source, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(amount);
        if (amount.Amount <= 0m)
            throw new DomainException("credit_grant.amount_invalid", "A grant is above 0.");
        if (expiresAt <= now)
            throw new DomainException("credit_grant.expires_in_past", "A grant expires after it is granted.");
        var text = reason?.Trim() ?? "";
        if (text.Length is 0 or > ReasonMaxLength)
            throw new DomainException("credit_grant.reason_invalid", $"A grant gives a reason of 1 to {ReasonMaxLength} characters.");
        var grant = new CreditGrant
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            Currency = amount.Currency,
            Amount = amount.Amount,
            Remaining = amount.Amount,
            GrantedAt = now,
            ExpiresAt = expiresAt,
            Source = source,
            Reason = text,
            CreatedAt = now,
        };
        return (grant, CreditLedgerEntry.Of(grant, CreditLedgerKind.Grant, amount.Amount, now));
    }

    /// <summary>Takes <paramref name="amount"/> to pay the invoice.</summary>
    /// <exception cref="DomainException"><c>credit_grant.not_live</c> once expired; <c>credit_grant.insufficient</c>.</exception>
    public CreditLedgerEntry Consume(Money amount, Guid invoiceId, DateTimeOffset now) =>
        Take(amount, CreditLedgerKind.Consume, now, invoiceId: invoiceId);

    /// <summary>
    /// Moves <paramref name="amount"/> to <paramref name="organizationId"/>: a grant of its own, in the same currency and
    /// with the same expiry, granted now. Returns the new grant and both ledger entries.
    /// </summary>
    /// <exception cref="DomainException"><c>credit_grant.not_live</c> once expired; <c>credit_grant.insufficient</c>.</exception>
    public (CreditGrant Grant, CreditLedgerEntry Out, CreditLedgerEntry In) TransferTo(Guid organizationId, Money amount,
        string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(amount);
        if (!IsLiveAt(now))
            throw new DomainException("credit_grant.not_live", "An expired grant pays nothing.");
        var (received, entryIn) = Grant(organizationId, amount, ExpiresAt, CreditSource.Transfer, reason, now);
        received.TransferredFromGrantId = Id;
        var entryOut = Take(amount, CreditLedgerKind.TransferOut, now, counterpartGrantId: received.Id);
        return (received, entryOut, entryIn);
    }

    /// <summary>
    /// Gives back <paramref name="amount"/> of what paid the invoice, credited by the credit note. A grant that has
    /// expired expires it again at once: the returned entries are the restore, then that expiry.
    /// </summary>
    /// <exception cref="DomainException"><c>credit_grant.restore_invalid</c> for 0 or less, or above what was used.</exception>
    public IReadOnlyList<CreditLedgerEntry> Restore(Money amount, Guid invoiceId, Guid creditNoteId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(amount);
        if (amount.Currency != Currency || amount.Amount <= 0m || Remaining + amount.Amount > Amount)
            throw new DomainException("credit_grant.restore_invalid",
                $"A grant takes back at most the {Amount - Remaining} {Currency} used of it.");
        Remaining += amount.Amount;
        var restored = CreditLedgerEntry.Of(this, CreditLedgerKind.Restore, amount.Amount, now, invoiceId, creditNoteId);
        return Expire(now) is { } expired ? [restored, expired] : [restored];
    }

    /// <summary>Ends an expired grant: what is left of it is written off. Null when it has not expired or holds nothing.</summary>
    public CreditLedgerEntry? Expire(DateTimeOffset now)
    {
        if (IsLiveAt(now) || Remaining == 0m)
            return null;
        var left = Remaining;
        Remaining = 0m;
        return CreditLedgerEntry.Of(this, CreditLedgerKind.Expire, -left, now);
    }

    private CreditLedgerEntry Take(Money amount, CreditLedgerKind kind, DateTimeOffset now, Guid? invoiceId = null,
        Guid? counterpartGrantId = null)
    {
        ArgumentNullException.ThrowIfNull(amount);
        if (!IsLiveAt(now))
            throw new DomainException("credit_grant.not_live", "An expired grant pays nothing.");
        if (amount.Currency != Currency || amount.Amount <= 0m || amount.Amount > Remaining)
            throw new DomainException("credit_grant.insufficient",
                $"The grant holds {Remaining} {Currency}: it pays above 0 and at most that.");
        Remaining -= amount.Amount;
        return CreditLedgerEntry.Of(this, kind, -amount.Amount, now, invoiceId, counterpartGrantId: counterpartGrantId);
    }
}
