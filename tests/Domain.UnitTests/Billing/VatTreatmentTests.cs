using CleanPlatform.Domain.Billing.Tax;

namespace CleanPlatform.Domain.UnitTests.Billing;

/// <summary>shared/domain/billing.md §4 and §15: the five VAT cases for a German seller in June 2026.</summary>
public sealed class VatTreatmentTests
{
    private static readonly DateTimeOffset June = new(2026, 6, 11, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("DE", false, false, VatCase.DomesticConsumer, "S", 19)]
    [InlineData("DE", true, true, VatCase.DomesticBusiness, "S", 19)]
    [InlineData("FR", false, false, VatCase.OtherStateConsumer, "S", 20)]
    [InlineData("FR", true, false, VatCase.OtherStateConsumer, "S", 20)]
    [InlineData("FR", true, true, VatCase.ReverseCharge, "AE", 0)]
    [InlineData("FI", false, false, VatCase.OtherStateConsumer, "S", 25.5)]
    [InlineData("US", true, false, VatCase.OutsideEu, "O", 0)]
    [InlineData("GB", false, false, VatCase.OutsideEu, "O", 0)]
    [InlineData("CH", true, true, VatCase.OutsideEu, "O", 0)]
    [InlineData("MC", false, false, VatCase.OtherStateConsumer, "S", 20)]
    public void For_GermanSeller(string country, bool business, bool validNumber, VatCase expected, string category,
        double percent)
    {
        var treatment = VatTreatment.For("DE", new VatCustomer(country, null, business, validNumber), June);

        (treatment.Case, treatment.Rate.CategoryCode, treatment.Rate.Percent.Value)
            .Should().Be((expected, category, (decimal)percent));
    }

    [Fact]
    public void For_Mentions_ReverseChargeAndOutsideScope()
    {
        VatTreatment.For("DE", new VatCustomer("FR", "75001", true, true), June).Mention.Should().Be("Reverse charge");
        VatTreatment.For("DE", new VatCustomer("US", "10001", false, false), June).Mention
            .Should().Be("Not subject to EU VAT – place of supply outside the EU");
        VatTreatment.For("DE", new VatCustomer("FR", "75001", false, false), June).Mention.Should().BeNull();
    }

    [Fact]
    public void For_UnderTheOssThreshold_OtherStateConsumersPayTheSellersRate()
    {
        var treatment = VatTreatment.For("DE", new VatCustomer("FR", "75001", false, false), June, ossThresholdExceeded: false);

        (treatment.Case, treatment.Rate.Percent.Value).Should().Be((VatCase.OtherStateConsumer, 19m));
    }

    [Theory]
    [InlineData("ES", "35001")] // Las Palmas, Canary Islands
    [InlineData("ES", "38 001")] // Santa Cruz de Tenerife
    [InlineData("ES", "51001")] // Ceuta
    [InlineData("ES", "52001")] // Melilla
    [InlineData("FI", "22100")] // Mariehamn, Åland
    [InlineData("AX", "22100")]
    [InlineData("DE", "27498")] // Heligoland
    [InlineData("DE", "78266")] // Büsingen
    [InlineData("GR", "63086")] // Mount Athos
    [InlineData("IT", "23041")] // Livigno
    [InlineData("IT", "22061")] // Campione d'Italia
    [InlineData("FR", "97100")] // Guadeloupe
    [InlineData("FR", "97400")] // Réunion
    [InlineData("FR", "97150")] // Saint-Martin
    [InlineData("RE", "97400")]
    [InlineData("GF", null)]
    public void For_PartsOutsideTheEuVatTerritory_AreCase5(string country, string? postalCode) =>
        VatTreatment.For("DE", new VatCustomer(country, postalCode, false, false), June).Case.Should().Be(VatCase.OutsideEu);

    [Theory]
    [InlineData("ES", "28001", 21)] // Madrid
    [InlineData("FI", "00100", 25.5)] // Helsinki
    [InlineData("DE", "10115", 19)] // Berlin
    [InlineData("FR", "98000", 20)] // Monaco's postal codes are French
    public void For_MainlandPostalCodes_AreInside(string country, string postalCode, double percent) =>
        VatTreatment.For("AT", new VatCustomer(country, postalCode, false, false), June).Rate.Percent.Value
            .Should().Be((decimal)percent);

    [Fact]
    public void For_RateChangeInTheCustomersState_AppliesAtTheChargeableEvent()
    {
        var romanian = new VatCustomer("RO", "010011", false, false);

        VatTreatment.For("DE", romanian, new DateTimeOffset(2025, 7, 15, 0, 0, 0, TimeSpan.Zero)).Rate.Percent.Value.Should().Be(19m);
        VatTreatment.For("DE", romanian, new DateTimeOffset(2025, 8, 15, 0, 0, 0, TimeSpan.Zero)).Rate.Percent.Value.Should().Be(21m);
    }

    [Fact]
    public void For_SellerOutsideTheEu_IsRefused()
    {
        var treatment = () => VatTreatment.For("GB", new VatCustomer("DE", null, false, false), June);

        treatment.Should().Throw<DomainException>().Which.Code.Should().Be("vat.not_a_member_state");
    }
}
