using CleanPlatform.Application.Billing.Invoices.Common;
using CleanPlatform.Domain.Billing.Credits;

namespace CleanPlatform.Application.Billing.Credits.Common;

/// <summary>A prepaid credit grant: what was granted, what is left of it, and when it expires (never, when null).</summary>
/// <param name="Id">The grant's id.</param>
/// <param name="Currency">The ISO 4217 code: only invoices in it are paid by the grant.</param>
/// <param name="Amount">What was granted.</param>
/// <param name="Remaining">What is left to pay with; 0 once spent or expired.</param>
/// <param name="GrantedAt">When it was granted.</param>
/// <param name="ExpiresAt">From when it no longer pays; null for never.</param>
/// <param name="Source">Where it came from.</param>
/// <param name="Reason">Why it was granted.</param>
/// <param name="TransferredFromGrantId">The other organization's grant it was transferred from, if it was.</param>
public sealed record CreditGrantDto(
    Guid Id, string Currency, decimal Amount, decimal Remaining, DateTimeOffset GrantedAt, DateTimeOffset? ExpiresAt,
    CreditSource Source, string Reason, Guid? TransferredFromGrantId) : IHasId
{
    public static CreditGrantDto From(CreditGrant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        return new(grant.Id, grant.Currency, Amounts.Money(grant.Amount, grant.Currency),
            Amounts.Money(grant.Remaining, grant.Currency), grant.GrantedAt, grant.ExpiresAt, grant.Source, grant.Reason,
            grant.TransferredFromGrantId);
    }
}
