using CleanPlatform.Application.Billing.Common;

namespace CleanPlatform.Application.UnitTests.Billing;

/// <summary>billing.md §11: the seller's details every invoice prints, checked before the API starts.</summary>
public sealed class BillingSellerOptionsTests
{
    [Theory]
    [InlineData("DE89370400440532013000", true)]
    [InlineData("DE89 3704 0044 0532 0130 00", true)]
    [InlineData("de89370400440532013000", true)]
    [InlineData("GB82WEST12345698765432", true)]
    [InlineData("DE88370400440532013000", false)]
    [InlineData("DE8937040044053201300X", false)]
    [InlineData("DE89", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsIban_ChecksTheMod97CheckDigits(string? iban, bool valid) =>
        BankAccount.IsIban(iban).Should().Be(valid);

    [Theory]
    [InlineData("COBADEFFXXX", true)]
    [InlineData("COBADEFF", true)]
    [InlineData("COBADEF", false)]
    [InlineData("C0BADEFFXXX", false)]
    [InlineData("cobadeffxxx", false)]
    public void IsBic_Wants8Or11Characters_BankAndCountryInLetters(string bic, bool valid) =>
        BankAccount.IsBic(bic).Should().Be(valid);

    [Fact]
    public void IsValid_WithEveryDetail_IsTrue() => Seller().IsValid.Should().BeTrue();

    [Theory]
    [InlineData(nameof(BillingSellerOptions.LegalName), "")]
    [InlineData(nameof(BillingSellerOptions.Line1), " ")]
    [InlineData(nameof(BillingSellerOptions.PostalCode), "")]
    [InlineData(nameof(BillingSellerOptions.City), "")]
    [InlineData(nameof(BillingSellerOptions.VatNumber), "DE123456789")]
    [InlineData(nameof(BillingSellerOptions.Iban), "DE00370400440532013000")]
    [InlineData(nameof(BillingSellerOptions.Bic), "COBA")]
    [InlineData(nameof(BillingSellerOptions.BankName), "")]
    [InlineData(nameof(BillingSellerOptions.Country), "CH")]
    public void IsValid_WithADetailMissingOrMalformed_IsFalse(string property, string value)
    {
        var seller = Seller();
        typeof(BillingSellerOptions).GetProperty(property)!.SetValue(seller, value);

        seller.IsValid.Should().BeFalse();
    }

    private static BillingSellerOptions Seller() => new()
    {
        Country = "DE",
        LegalName = "CleanPlatform GmbH",
        Line1 = "Invalidenstraße 117",
        PostalCode = "10115",
        City = "Berlin",
        VatNumber = "DE123456788",
        Iban = "DE89 3704 0044 0532 0130 00",
        Bic = "COBADEFFXXX",
        BankName = "Commerzbank",
    };
}
