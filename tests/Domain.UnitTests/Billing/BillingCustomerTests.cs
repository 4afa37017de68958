using CleanPlatform.Domain.Billing.Customers;
using CleanPlatform.Domain.Billing.Tax;

namespace CleanPlatform.Domain.UnitTests.Billing;

/// <summary>billing.md §4: a customer's country, its evidence, and its VAT number's standing.</summary>
public sealed class BillingCustomerTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Organization = Guid.NewGuid();

    internal static BillingDetails Details(string country = "DE", string? vatNumber = null, bool business = false,
        string? postalCode = "10115", string timeZone = "Europe/Berlin", string currency = "EUR") =>
        new("Acme GmbH", "billing@acme.test", new BillingAddress("Hauptstraße 1", null, "Berlin", postalCode, country),
            business, vatNumber, timeZone, currency);

    [Fact]
    public void Create_RecordsTheBillingAddressAsEvidence()
    {
        var customer = BillingCustomer.Create(Organization, Details(), Now);

        customer.Evidence.Should().Equal(new CountryEvidence(EvidenceSource.BillingAddress, "DE", Now));
        customer.VatNumberStatus.Should().Be(VatNumberStatus.None);
    }

    [Fact]
    public void Change_ToAnotherCountry_AddsEvidence_KeepingTheOld()
    {
        var customer = BillingCustomer.Create(Organization, Details(), Now);

        customer.Change(Details(country: "FR", postalCode: "75001"), Now.AddDays(1));
        customer.Change(Details(country: "FR", postalCode: "75002"), Now.AddDays(2));

        customer.Evidence.Select(e => e.Country).Should().Equal("DE", "FR");
    }

    [Fact]
    public void Change_OfTheVatNumber_IsUncheckedUntilViesAnswers_AndRemovingItIsNone()
    {
        var customer = BillingCustomer.Create(Organization, Details(business: true), Now);

        customer.Change(Details(vatNumber: "DE123456788", business: true), Now);
        customer.VatNumberStatus.Should().Be(VatNumberStatus.Unchecked);
        customer.ForVat().HasValidVatNumber.Should().BeFalse();

        customer.Change(Details(business: true), Now);
        customer.VatNumberStatus.Should().Be(VatNumberStatus.None);
    }

    [Theory]
    [InlineData("ZZ", null, "Europe/Berlin", "EUR", "billing_customer.country_unknown")]
    [InlineData("FR", "DE123456788", "Europe/Paris", "EUR", "billing_customer.vat_number_country")]
    [InlineData("DE", null, "Mars/Olympus", "EUR", "billing_customer.time_zone_unknown")]
    [InlineData("DE", null, "Europe/Berlin", "XYZ", "money.unsupported_currency")]
    public void Change_RefusesWhatCannotBeBilled(string country, string? vatNumber, string zone, string currency, string error)
    {
        var create = () => BillingCustomer.Create(Organization, Details(country, vatNumber, timeZone: zone, currency: currency), Now);

        create.Should().Throw<DomainException>().Which.Code.Should().Be(error);
    }

    [Theory]
    [InlineData("GR", "EL")]
    [InlineData("MC", "FR")]
    [InlineData("AT", "AT")]
    public void VatPrefixOf_GreeceIsEl_MonacoIsFrance(string country, string prefix) =>
        BillingCustomer.VatPrefixOf(country).Should().Be(prefix);

    [Fact]
    public void ForVat_OfABusinessAbroadWithoutAVerifiedNumber_IsTaxedLikeAConsumer()
    {
        var customer = BillingCustomer.Create(Organization, Details("FR", "FR11123456782", business: true, postalCode: "75001"), Now);

        VatTreatment.For("DE", customer.ForVat(), Now).Case.Should().Be(VatCase.OtherStateConsumer);
    }
}
