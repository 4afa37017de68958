using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Credits.Common;
using CleanPlatform.Domain.Billing.Credits;

namespace CleanPlatform.Application.Billing.Credits.GrantCredits;

/// <summary>
/// Grants prepaid credits to an organization (billing.md §8): the platform administrator's act, cross-tenant by
/// nature and audited in that organization's trail too. The credits pay its next invoices in their currency, after
/// VAT, until <see cref="ExpiresAt"/> (never, when null). The organization needs billing details: credits pay invoices.
/// </summary>
/// <param name="OrganizationId">The organization credited.</param>
/// <param name="Amount">What is granted, above 0, in the currency of the invoices it is to pay.</param>
/// <param name="ExpiresAt">From when the credits no longer pay, in the future; null or absent for never.</param>
/// <param name="Source">Purchase, Promotion or Goodwill (Transfer is for transfers between organizations).</param>
/// <param name="Reason">Why the credits are granted, 1 to 200 characters; the organization sees it.</param>
[Authorize(PlatformAdmin = true), Audited("CreditGrant")]
public sealed record GrantCredits(
    Guid OrganizationId, MoneyDto Amount, DateTimeOffset? ExpiresAt, CreditSource Source, string Reason)
    : ICommand<CreditGrantDto>;

public sealed class GrantCreditsHandler(IBillingDb db, AuditScope audit, TimeProvider time)
    : ICommandHandler<GrantCredits, CreditGrantDto>
{
    public async ValueTask<CreditGrantDto> Handle(GrantCredits command, CancellationToken cancellationToken)
    {
        if (!await db.BillingCustomers.IgnoreQueryFilters()
                .AnyAsync(c => c.OrganizationId == command.OrganizationId, cancellationToken))
            throw new ConflictException("billing_customer.missing",
                "The organization has no billing details yet: credits pay its invoices, which need a buyer.");
        var (grant, entry) = CreditGrant.Grant(command.OrganizationId, command.Amount.ToMoney(), command.ExpiresAt,
            command.Source, command.Reason, time.GetUtcNow());
        db.CreditGrants.Add(grant);
        db.CreditLedger.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        audit.EntityId = grant.Id.ToString();
        audit.TenantOrganizationId = grant.OrganizationId;
        return CreditGrantDto.From(grant);
    }
}
