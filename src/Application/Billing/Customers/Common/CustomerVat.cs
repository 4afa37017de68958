using CleanPlatform.Application.Billing.Common;
using CleanPlatform.Domain.Billing.Customers;
using CleanPlatform.Domain.Billing.Tax;
using Microsoft.Extensions.Options;

namespace CleanPlatform.Application.Billing.Customers.Common;

/// <summary>How VAT applies to a customer now, with the seller of configuration.</summary>
public sealed class CustomerVat(IOptionsMonitor<BillingSellerOptions> seller, TimeProvider time)
{
    public VatTreatment Of(BillingCustomer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var options = seller.CurrentValue;
        return VatTreatment.For(options.Country, customer.ForVat(), time.GetUtcNow(), options.OssThresholdExceeded);
    }

    public BillingCustomerDto Dto(BillingCustomer customer) => BillingCustomerDto.From(customer, Of(customer));
}
