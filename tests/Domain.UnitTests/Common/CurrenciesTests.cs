namespace CleanPlatform.Domain.UnitTests.Common;

public sealed class CurrenciesTests
{
    // shared/domain/billing.md §15: the table holds at least these, with these minor units.
    [Theory]
    [InlineData("EUR", 2), InlineData("USD", 2), InlineData("GBP", 2), InlineData("CHF", 2), InlineData("SEK", 2)]
    [InlineData("NOK", 2), InlineData("DKK", 2), InlineData("PLN", 2), InlineData("CZK", 2), InlineData("HUF", 2)]
    [InlineData("RON", 2), InlineData("BGN", 2), InlineData("CAD", 2), InlineData("AUD", 2)]
    [InlineData("JPY", 0), InlineData("ISK", 0), InlineData("KWD", 3), InlineData("BHD", 3)]
    public void MinorUnits_SupportedCode_GivesTheIsoExponent(string code, int minorUnits)
    {
        Currencies.MinorUnits(code).Should().Be(minorUnits);
        Currencies.IsSupported(code).Should().BeTrue();
    }

    [Fact]
    public void MinorUnits_UnknownCode_ThrowsNamingTheCode()
    {
        var act = () => Currencies.MinorUnits("XBT");

        act.Should().Throw<DomainException>().Where(e => e.Code == "money.unsupported_currency" && e.Message.Contains("XBT"));
    }

    [Fact]
    public void Supported_EveryCode_HasAtMostMaxMinorUnits()
    {
        Currencies.Supported.Should().HaveCount(18)
            .And.OnlyContain(c => c.Length == Currencies.CodeLength && Currencies.MinorUnits(c) <= Currencies.MaxMinorUnits);
    }
}
