using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Customers.Common;
using CleanPlatform.Domain.Billing.Customers;
using CleanPlatform.Domain.Billing.Tax;

namespace CleanPlatform.Application.Billing.Customers.SaveBillingCustomer;

/// <summary>
/// Saves the organization's billing details. <paramref name="Version"/> is the version the caller read (0 before the
/// first save): if the details changed since, nothing is written (409). The VAT number is normalised (spaces, dots and
/// dashes removed, upper case); a new one waits for VIES (<c>Unchecked</c>).
/// </summary>
[Authorize(Roles.Admin), Audited("BillingCustomer")]
public sealed record SaveBillingCustomer(
    int Version, string LegalName, string Email, BillingAddressDto Address, bool IsBusiness, string? VatNumber,
    string TimeZone, string Currency) : ICommand<BillingCustomerDto>;

public sealed class SaveBillingCustomerHandler(
    IBillingDb db, IOrganizationLocks locks, ICurrentUser user, CustomerVat vat, TimeProvider time)
    : ICommandHandler<SaveBillingCustomer, BillingCustomerDto>
{
    public async ValueTask<BillingCustomerDto> Handle(SaveBillingCustomer command, CancellationToken cancellationToken)
    {
        var organizationId = user.RequireOrganizationId();
        var customer = await FindAsync(organizationId, cancellationToken);
        if (customer is null)
        {
            // Two first saves at once: the second waits for the first to commit, then finds its row and its version.
            await locks.AcquireAsync(nameof(BillingCustomer), organizationId, cancellationToken);
            customer = await FindAsync(organizationId, cancellationToken);
        }

        if ((customer?.Version ?? 0) != command.Version)
            throw new ConflictException("billing_customer.version_mismatch",
                $"The billing details are at version {customer?.Version ?? 0}, not {command.Version}: someone changed them; reload and try again.");

        var now = time.GetUtcNow();
        var details = new BillingDetails(command.LegalName.Trim(), command.Email.Trim(), command.Address.ToAddress(),
            command.IsBusiness, Normalised(command.VatNumber), command.TimeZone, command.Currency);
        if (customer is null)
        {
            customer = BillingCustomer.Create(organizationId, details, now);
            db.BillingCustomers.Add(customer);
        }
        else
        {
            customer.Change(details, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return vat.Dto(customer);
    }

    private Task<BillingCustomer?> FindAsync(Guid organizationId, CancellationToken ct) =>
        db.BillingCustomers.AsTracking().SingleOrDefaultAsync(c => c.OrganizationId == organizationId, ct);

    // The validator already refused what does not parse.
    private static string? Normalised(string? raw) =>
        string.IsNullOrWhiteSpace(raw) ? null : VatNumber.TryParse(raw, out var number, out _) ? number!.Value : null;
}
