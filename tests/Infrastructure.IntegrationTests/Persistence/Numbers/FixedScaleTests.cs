using System.Globalization;
using CleanPlatform.Infrastructure.Persistence.Numbers;

namespace CleanPlatform.Infrastructure.IntegrationTests.Persistence.Numbers;

public sealed class FixedScaleTests
{
    [Theory]
    [InlineData("1.4444445", "1.444445")]
    [InlineData("-1.4444445", "-1.444445")]
    [InlineData("2.0000025", "2.000003")]
    [InlineData("2.0000015", "2.000002")]
    public void Round_MidpointBeyondScale_RoundsHalfAwayFromZero(string value, string rounded)
    {
        FixedScale.Round(decimal.Parse(value, CultureInfo.InvariantCulture), 18, 6)
            .Should().Be(decimal.Parse(rounded, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(100_000_000_000_000)]
    [InlineData(-100_000_000_000_000)]
    public void Round_BeyondPrecision_ThrowsOverflow(long value)
    {
        var act = () => FixedScale.Round(value, 18, 4);

        act.Should().Throw<OverflowException>();
        FixedScale.Round(value - Math.Sign(value), 18, 4).Should().Be(value - Math.Sign(value));
    }

    [Fact]
    public void ToScaledInteger_NegativeAmount_RoundTripsWithTheColumnsScale()
    {
        var scaled = FixedScale.ToScaledInteger(-1234567.89m, 18, 4);

        scaled.Should().Be(-12_345_678_900);
        FixedScale.FromScaledInteger(scaled, 4).ToString(CultureInfo.InvariantCulture).Should().Be("-1234567.8900");
    }

    [Fact]
    public void StoreDecimalsAtFixedScale_DecimalWithoutPrecision_IsRefused()
    {
        var builder = new ModelBuilder();
        builder.Entity<Priced>().Property(x => x.Price);

        var act = () => builder.Model.StoreDecimalsAtFixedScale(asScaledIntegers: true);

        act.Should().Throw<InvalidOperationException>().WithMessage("*Price*HasPrecision*");
    }

    [Theory]
    [InlineData(true, typeof(long))]
    [InlineData(false, typeof(decimal))]
    public void StoreDecimalsAtFixedScale_DecimalWithPrecision_StoresTheProvidersType(bool asScaledIntegers, Type stored)
    {
        var builder = new ModelBuilder();
        builder.Entity<Priced>().Property(x => x.Price).HasPrecision(18, 2);

        builder.Model.StoreDecimalsAtFixedScale(asScaledIntegers);

        builder.Model.FindEntityType(typeof(Priced))!.FindProperty(nameof(Priced.Price))!.GetValueConverter()!
            .ProviderClrType.Should().Be(stored);
    }

    private sealed class Priced
    {
        public int Id { get; set; }

        public decimal Price { get; set; }
    }
}
