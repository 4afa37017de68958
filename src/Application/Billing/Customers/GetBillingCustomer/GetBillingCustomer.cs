using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Application.Billing.Customers.Common;

namespace CleanPlatform.Application.Billing.Customers.GetBillingCustomer;

/// <summary>The caller's organization's billing details; 404 until they are first saved.</summary>
[Authorize(Roles.Admin)]
public sealed record GetBillingCustomer : IQuery<BillingCustomerDto>;

public sealed class GetBillingCustomerHandler(IBillingDb db, ICurrentUser user, CustomerVat vat)
    : IQueryHandler<GetBillingCustomer, BillingCustomerDto>
{
    public async ValueTask<BillingCustomerDto> Handle(GetBillingCustomer query, CancellationToken cancellationToken)
    {
        var organizationId = user.RequireOrganizationId();
        var customer = await db.BillingCustomers.AsNoTracking()
            .SingleOrDefaultAsync(c => c.OrganizationId == organizationId, cancellationToken)
            ?? throw new NotFoundException("Billing details", organizationId);
        return vat.Dto(customer);
    }
}
