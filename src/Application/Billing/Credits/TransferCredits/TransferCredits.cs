using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Credits.Common;
using CleanPlatform.Domain.Billing.Credits;

namespace CleanPlatform.Application.Billing.Credits.TransferCredits;

/// <summary>
/// Moves prepaid credits from one organization to another (billing.md §8): the platform administrator's act, audited
/// in both organizations' trails. The credits are taken in the order they would pay an invoice, and each grant used
/// becomes one of the receiver's with the same expiry; the whole amount moves or nothing does.
/// </summary>
/// <param name="FromOrganizationId">The organization whose credits move.</param>
/// <param name="ToOrganizationId">The organization that receives them; another one, with billing details.</param>
/// <param name="Amount">What moves, above 0; the sender's live credits in that currency must hold it.</param>
/// <param name="Reason">Why, 1 to 200 characters; both organizations see it on the receiver's grants.</param>
[Authorize(PlatformAdmin = true), Audited("CreditGrant")]
public sealed record TransferCredits(Guid FromOrganizationId, Guid ToOrganizationId, MoneyDto Amount, string Reason)
    : ICommand<CreditTransferDto>;

/// <summary>What a transfer did: the grants the receiver now holds, the soonest to expire first.</summary>
/// <param name="Received">The receiver's new grants.</param>
public sealed record CreditTransferDto(IReadOnlyList<CreditGrantDto> Received);

public sealed class TransferCreditsHandler(IBillingDb db, CreditGrantLocks locks, AuditScope audit, TimeProvider time)
    : ICommandHandler<TransferCredits, CreditTransferDto>
{
    public async ValueTask<CreditTransferDto> Handle(TransferCredits command, CancellationToken cancellationToken)
    {
        if (!await db.BillingCustomers.IgnoreQueryFilters()
                .AnyAsync(c => c.OrganizationId == command.ToOrganizationId, cancellationToken))
            throw new ConflictException("billing_customer.missing",
                "The receiving organization has no billing details yet: credits pay its invoices, which need a buyer.");
        var amount = command.Amount.ToMoney();
        var now = time.GetUtcNow();
        // Both organizations' locks, in the order every caller takes them: the receiver's grants are new, but the
        // expiry job and its invoices must not see them half-written.
        await locks.LockAsync([command.FromOrganizationId, command.ToOrganizationId], cancellationToken);
        var live = await db.CreditGrants.IgnoreQueryFilters().AsTracking()
            .Where(g => g.OrganizationId == command.FromOrganizationId && g.Currency == amount.Currency)
            .Where(CreditGrant.HoldsCreditsAt(now)).ToListAsync(cancellationToken);
        IReadOnlyList<CreditGrant> received;
        IReadOnlyList<CreditLedgerEntry> entries;
        try
        {
            (received, entries) = CreditWallet.Transfer(live, command.ToOrganizationId, amount, command.Reason, now);
        }
        catch (DomainException ex) when (ex.Code is "credit.insufficient" or "credit.transfer_too_fragmented")
        {
            throw new ConflictException(ex.Code, ex.Message);
        }

        db.CreditGrants.AddRange(received);
        db.CreditLedger.AddRange(entries);
        await db.SaveChangesAsync(cancellationToken);
        audit.TenantOrganizationId = command.FromOrganizationId;
        audit.AlsoActedIn(command.ToOrganizationId);
        return new CreditTransferDto([.. received.Select(CreditGrantDto.From)]);
    }
}
