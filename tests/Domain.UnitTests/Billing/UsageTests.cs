using CleanPlatform.Domain.Billing.Usage;

namespace CleanPlatform.Domain.UnitTests.Billing;

/// <summary>shared/domain/billing.md §8, §12 (vectors #19–#22) and §15: tiered prices and meters.</summary>
public sealed class UsageTests
{
    private static readonly TieredPrice Calls = new(
    [
        new PriceTier(10_000, 0m), new PriceTier(100_000, 0.0010m), new PriceTier(1_000_000, 0.0008m),
        new PriceTier(null, 0.0005m),
    ]);

    [Theory]
    [InlineData(10_000, "0.00", "0.00")] // #19
    [InlineData(250_000, "210.00", "200.00")] // #20
    [InlineData(1_200_000, "910.00", "600.00")] // #21
    public void Price_CallVectors_GraduatedAndVolume(long calls, string graduated, string volume)
    {
        Calls.Graduated(calls, "EUR").Sum(line => line.Amount.Amount).Should().Be(decimal.Parse(graduated, CultureInfo.InvariantCulture));
        Calls.Volume(calls, "EUR").Amount.Amount.Should().Be(decimal.Parse(volume, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Graduated_OneLinePerTierTouched()
    {
        var lines = Calls.Graduated(250_000, "EUR");

        lines.Select(line => (line.Tier, line.Units, line.Amount.Amount))
            .Should().Equal((1, 10_000L, 0.00m), (2, 90_000L, 90.00m), (3, 150_000L, 120.00m));
    }

    [Fact]
    public void Graduated_EachTierRoundedOnItsOwn()
    {
        var price = new TieredPrice([new PriceTier(3, 0.005m), new PriceTier(null, 0.005m)]);

        // 3 × 0.005 = 0.015 → 0.02 and 0.005 → 0.01; priced together 4 × 0.005 = 0.02 would be a cent less.
        price.Graduated(4, "EUR").Select(line => line.Amount.Amount).Should().Equal(0.02m, 0.01m);
    }

    [Fact]
    public void FlatAmounts_EveryTouchedTierGraduated_TheReachedTierByVolume()
    {
        var price = new TieredPrice([new PriceTier(10, 1m, FlatAmount: 5m), new PriceTier(null, 0.5m, FlatAmount: 2m)]);

        price.Graduated(12, "EUR").Sum(line => line.Amount.Amount).Should().Be(10m + 5m + 1m + 2m);
        price.Volume(12, "EUR").Amount.Amount.Should().Be(6m + 2m);
        price.Graduated(0, "EUR").Should().ContainSingle().Which.Amount.Amount.Should().Be(0m);
    }

    [Theory]
    [InlineData(new long[] { 100, 100 })]
    [InlineData(new long[] { 100, 50 })]
    public void TieredPrice_BoundsNotIncreasing_IsRefused(long[] bounds)
    {
        var tiers = () => new TieredPrice([new PriceTier(bounds[0], 1m), new PriceTier(bounds[1], 1m), new PriceTier(null, 1m)]);

        tiers.Should().Throw<DomainException>().Which.Code.Should().Be("tiers.invalid");
    }

    [Fact]
    public void TieredPrice_LastTierClosed_IsRefused()
    {
        var tiers = () => new TieredPrice([new PriceTier(100, 1m)]);

        tiers.Should().Throw<DomainException>().Which.Code.Should().Be("tiers.invalid");
    }

    [Theory]
    [InlineData(MeterAggregation.Sum, 19)]
    [InlineData(MeterAggregation.Max, 8)]
    [InlineData(MeterAggregation.Last, 6)] // #22
    [InlineData(MeterAggregation.Count, 3)]
    [InlineData(MeterAggregation.UniqueCount, 2)]
    public void Aggregate_Events5_8_6(MeterAggregation aggregation, int expected)
    {
        var at = new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
        UsageEvent[] events = [new(5, at, 1, "a"), new(8, at.AddMinutes(1), 2, "b"), new(6, at.AddMinutes(2), 3, "a")];

        Meter.Aggregate(aggregation, events).Should().Be(expected);
    }

    [Fact]
    public void Aggregate_Last_TieGoesToTheLatestIngested()
    {
        var at = new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

        Meter.Aggregate(MeterAggregation.Last, [new UsageEvent(7, at, 2), new UsageEvent(3, at, 1)]).Should().Be(7);
    }

    [Theory]
    [InlineData(MeterAggregation.Sum)]
    [InlineData(MeterAggregation.Max)]
    [InlineData(MeterAggregation.Last)]
    [InlineData(MeterAggregation.Count)]
    [InlineData(MeterAggregation.UniqueCount)]
    public void Aggregate_NoEvents_IsZero(MeterAggregation aggregation) =>
        Meter.Aggregate(aggregation, []).Should().Be(0m);
}
