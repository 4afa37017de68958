using CleanPlatform.Domain.Billing.Customers;

namespace CleanPlatform.Application.Billing.Customers.Common;

public sealed class BillingAddressValidator : AbstractValidator<BillingAddressDto>
{
    public BillingAddressValidator()
    {
        RuleFor(x => x.Line1).NotEmpty().MaximumLength(BillingAddress.LineMaxLength);
        RuleFor(x => x.Line2).MaximumLength(BillingAddress.LineMaxLength);
        RuleFor(x => x.City).NotEmpty().MaximumLength(BillingAddress.CityMaxLength);
        RuleFor(x => x.PostalCode).MaximumLength(BillingAddress.PostalCodeMaxLength);
        RuleFor(x => x.Country).NotEmpty().Length(CountryCodes.Length).Must(CountryCodes.IsAssigned)
            .WithMessage("Use an ISO 3166-1 alpha-2 country code in upper case, such as DE.");
    }
}
