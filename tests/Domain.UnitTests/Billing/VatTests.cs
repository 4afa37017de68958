using CleanPlatform.Domain.Billing.Tax;

namespace CleanPlatform.Domain.UnitTests.Billing;

/// <summary>shared/domain/billing.md §4, §12 (vectors #26–#31) and §15: VAT numbers and rates.</summary>
public sealed class VatTests
{
    [Theory]
    [InlineData("DE123456788", true)]
    [InlineData("DE123456789", false)]
    [InlineData("FR11123456782", true)]
    [InlineData("FR12123456782", false)]
    [InlineData("IT12345670017", true)]
    [InlineData("IT12345670018", false)]
    [InlineData("ESB12345674", true)]
    [InlineData("ESB12345675", false)]
    [InlineData("ES12345678Z", true)]
    [InlineData("ES12345678A", false)]
    [InlineData("ESX1234567L", true)]
    [InlineData("ESX1234567M", false)]
    [InlineData("NL123456782B01", true)]
    [InlineData("NL123456783B01", false)]
    [InlineData("NL000099998B57", true)]
    [InlineData("NL000099998B58", false)]
    [InlineData("BE0123456749", true)]
    [InlineData("BE0123456750", false)]
    [InlineData("ATU12345675", true)]
    [InlineData("ATU12345676", false)]
    [InlineData("PL1234563218", true)]
    [InlineData("PL1234563219", false)]
    public void TryParse_BillingVectors(string raw, bool valid)
    {
        VatNumber.TryParse(raw, out var number, out var problem).Should().Be(valid, problem);

        if (valid)
            (number!.Value, number.ChecksumVerified).Should().Be((raw, true));
        else
            problem.Should().Contain("not a valid");
    }

    [Theory]
    [InlineData("de 123.456-788", "DE123456788")]
    [InlineData("  atu 1234 5675 ", "ATU12345675")]
    public void TryParse_SeparatorsAndCase_AreNormalised(string raw, string normalised)
    {
        VatNumber.TryParse(raw, out var number, out _).Should().BeTrue();
        number!.Value.Should().Be(normalised);
    }

    [Fact]
    public void TryParse_StateWithoutChecksum_FormatOnly()
    {
        VatNumber.TryParse("SE556677889901", out var number, out _).Should().BeTrue();
        (number!.CountryPrefix, number.ChecksumVerified).Should().Be(("SE", false));
        VatNumber.TryParse("SE5566778899012", out _, out var tooLong).Should().BeFalse();
        tooLong.Should().Contain("too long");
    }

    [Theory]
    [InlineData("BE123456749", "add the leading 0")]
    [InlineData("GR123456789", "start with EL")]
    [InlineData("GB123456789", "not the prefix of an EU member state")]
    [InlineData("DE12345678!", "letters and digits")]
    [InlineData("", "country prefix")]
    public void TryParse_Refused_SaysWhy(string raw, string because)
    {
        VatNumber.TryParse(raw, out var number, out var problem).Should().BeFalse();
        number.Should().BeNull();
        problem.Should().Contain(because);
    }

    [Theory]
    [InlineData("DE", "2026-06-11T00:00:00Z", "19")]
    [InlineData("FI", "2026-06-11T00:00:00Z", "25.5")]
    [InlineData("FI", "2024-08-31T12:00:00Z", "24")]
    [InlineData("EE", "2026-06-11T00:00:00Z", "24")]
    [InlineData("EE", "2024-06-30T12:00:00Z", "22")]
    [InlineData("EE", "2023-12-31T12:00:00Z", "20")]
    [InlineData("RO", "2025-07-31T12:00:00Z", "19")]
    [InlineData("RO", "2026-06-11T00:00:00Z", "21")]
    [InlineData("SK", "2026-06-11T00:00:00Z", "23")]
    [InlineData("GR", "2026-06-11T00:00:00Z", "24")]
    [InlineData("LU", "2026-06-11T00:00:00Z", "17")]
    public void StandardRate_InForceAtTheChargeableEvent(string country, string at, string percent) =>
        VatRates.StandardRate(country, DateTimeOffset.Parse(at, CultureInfo.InvariantCulture)).Value
            .Should().Be(decimal.Parse(percent, CultureInfo.InvariantCulture));

    [Fact]
    public void StandardRate_ChangeTakesEffectAtLocalMidnight()
    {
        // Estonia's 24 % from 2025-07-01 in Tallinn (UTC+3 in summer): 21:00 UTC on 30 June is already 1 July there.
        VatRates.StandardRate("EE", new DateTimeOffset(2025, 6, 30, 20, 59, 59, TimeSpan.Zero)).Value.Should().Be(22m);
        VatRates.StandardRate("EE", new DateTimeOffset(2025, 6, 30, 21, 0, 0, TimeSpan.Zero)).Value.Should().Be(24m);
    }

    [Fact]
    public void MemberStates_AreTheTwentySeven()
    {
        VatRates.MemberStates.Should().HaveCount(27)
            .And.AllSatisfy(state => VatRates.StandardRate(state, DateTimeOffset.UnixEpoch).Value.Should().BePositive());
        VatRates.IsMemberState("GB").Should().BeFalse();
        var outside = () => VatRates.StandardRate("CH", DateTimeOffset.UnixEpoch);
        outside.Should().Throw<DomainException>().Which.Code.Should().Be("vat.not_a_member_state");
    }
}
