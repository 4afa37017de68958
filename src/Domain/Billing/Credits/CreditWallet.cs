namespace CleanPlatform.Domain.Billing.Credits;

/// <summary>
/// An organization's prepaid credit grants used together (billing.md §8, §15): paying an invoice in the order of
/// <see cref="CreditConsumption"/>, giving back what paid an invoice in the reverse order, and moving credits to
/// another organization. Every method returns the ledger entries of what it did.
/// </summary>
public static class CreditWallet
{
    /// <summary>The most grants one transfer takes from: each becomes one of the receiver's.</summary>
    public const int MaxGrantsPerTransfer = 100;

    /// <summary>Pays what it can of <paramref name="due"/>; returns how much that was.</summary>
    public static (Money Paid, IReadOnlyList<CreditLedgerEntry> Entries) Pay(IReadOnlyCollection<CreditGrant> grants,
        Money due, Guid invoiceId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(grants);
        ArgumentNullException.ThrowIfNull(due);
        var byId = grants.ToDictionary(g => g.Id);
        var consumption = CreditConsumption.Of(due, grants.Select(g => g.Balance), now);
        var entries = consumption.Uses.Select(use => byId[use.GrantId].Consume(use.Amount, invoiceId, now)).ToList();
        return (due - consumption.Uncovered, entries);
    }

    /// <summary>
    /// Gives back up to <paramref name="amount"/> of what the grants paid of the invoice, as its
    /// <paramref name="invoiceEntries"/> (the grants' consumptions and restores for it) show, the last grant used
    /// first; returns how much that was.
    /// </summary>
    public static (Money Restored, IReadOnlyList<CreditLedgerEntry> Entries) Restore(
        IReadOnlyCollection<CreditGrant> grants, IEnumerable<CreditLedgerEntry> invoiceEntries, Money amount,
        Guid invoiceId, Guid creditNoteId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(grants);
        ArgumentNullException.ThrowIfNull(amount);
        var used = invoiceEntries.Where(e => e.InvoiceId == invoiceId && e.Kind is CreditLedgerKind.Consume or CreditLedgerKind.Restore)
            .GroupBy(e => e.GrantId)
            .ToDictionary(g => g.Key, g => -g.Sum(e => e.Amount));
        var byId = grants.ToDictionary(g => g.Id);
        var entries = new List<CreditLedgerEntry>();
        var left = amount;
        var lastUsedFirst = CreditConsumption.InPayingOrder(grants
                .Where(g => g.Currency == amount.Currency && used.GetValueOrDefault(g.Id) > 0m).Select(g => g.Balance))
            .Reverse().Select(b => byId[b.GrantId]);
        foreach (var grant in lastUsedFirst)
        {
            if (left.Amount <= 0m)
                break;
            var back = new Money(Math.Min(left.Amount, used[grant.Id]), amount.Currency);
            entries.AddRange(grant.Restore(back, invoiceId, creditNoteId, now));
            left -= back;
        }

        return (amount - left, entries);
    }

    /// <summary>
    /// Moves <paramref name="amount"/> to <paramref name="organizationId"/>, taking the grants in the order they would
    /// pay; each grant used becomes one of the other organization's with the same expiry.
    /// </summary>
    /// <exception cref="DomainException">
    /// <c>credit.insufficient</c> when the live grants in that currency hold less; <c>credit.transfer_too_fragmented</c>
    /// when it would take from more than <see cref="MaxGrantsPerTransfer"/> grants (move less at a time).
    /// </exception>
    public static (IReadOnlyList<CreditGrant> Received, IReadOnlyList<CreditLedgerEntry> Entries) Transfer(
        IReadOnlyCollection<CreditGrant> grants, Guid organizationId, Money amount, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(grants);
        ArgumentNullException.ThrowIfNull(amount);
        if (amount.Amount <= 0m)
            throw new DomainException("credit_grant.amount_invalid", "A transfer is above 0.");
        var byId = grants.ToDictionary(g => g.Id);
        var consumption = CreditConsumption.Of(amount, grants.Select(g => g.Balance), now);
        if (consumption.Uncovered.Amount > 0m)
            throw new DomainException("credit.insufficient",
                $"The organization's live credits in {amount.Currency} hold {(amount - consumption.Uncovered).Amount}, less than {amount.Amount}.");
        if (consumption.Uses.Count > MaxGrantsPerTransfer)
            throw new DomainException("credit.transfer_too_fragmented",
                $"A transfer takes from at most {MaxGrantsPerTransfer} grants: move a smaller amount at a time.");
        var received = new List<CreditGrant>();
        var entries = new List<CreditLedgerEntry>();
        foreach (var use in consumption.Uses)
        {
            var (grant, entryOut, entryIn) = byId[use.GrantId].TransferTo(organizationId, use.Amount, reason, now);
            received.Add(grant);
            entries.Add(entryOut);
            entries.Add(entryIn);
        }

        return (received, entries);
    }
}
