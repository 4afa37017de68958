using CleanPlatform.Application.Billing.Customers.Common;
using CleanPlatform.Domain.Billing.Customers;
using CleanPlatform.Domain.Billing.Tax;

namespace CleanPlatform.Application.Billing.Customers.SaveBillingCustomer;

public sealed class SaveBillingCustomerValidator : AbstractValidator<SaveBillingCustomer>
{
    public SaveBillingCustomerValidator()
    {
        RuleFor(x => x.Version).InclusiveBetween(0, int.MaxValue);
        RuleFor(x => x.LegalName).NotEmpty().MaximumLength(BillingDetails.LegalNameMaxLength);
        RuleFor(x => x.Email).NotEmpty().MaximumLength(BillingDetails.EmailMaxLength).EmailAddress();
        RuleFor(x => x.Address).NotNull().SetValidator(new BillingAddressValidator());
        RuleFor(x => x.VatNumber).MaximumLength(VatNumber.MaxLength);
        RuleFor(x => x.VatNumber)
            .Must(raw => VatNumber.TryParse(raw, out _, out _))
            .WithMessage(x => Problem(x.VatNumber))
            .When(x => !string.IsNullOrWhiteSpace(x.VatNumber));
        RuleFor(x => x.VatNumber)
            .Must((x, raw) => VatNumber.TryParse(raw, out var number, out _)
                && number!.CountryPrefix == BillingCustomer.VatPrefixOf(x.Address.Country))
            .WithMessage(x => $"A VAT number for an address in {x.Address.Country} starts with {BillingCustomer.VatPrefixOf(x.Address.Country)}.")
            .When(x => x.Address is not null && CountryCodes.IsAssigned(x.Address.Country)
                && VatNumber.TryParse(x.VatNumber, out _, out _));
        RuleFor(x => x.TimeZone).NotEmpty().MaximumLength(BillingDetails.TimeZoneMaxLength)
            .Must(zone => TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            .WithMessage("Use an IANA time zone such as Europe/Berlin.");
        RuleFor(x => x.Currency).NotEmpty().Length(Currencies.CodeLength).SupportedCurrency();
    }

    private static string Problem(string? raw) => VatNumber.TryParse(raw, out _, out var problem) ? "" : problem ?? "";
}
