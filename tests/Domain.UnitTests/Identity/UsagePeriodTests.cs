namespace CleanPlatform.Domain.UnitTests.Identity;

public sealed class UsagePeriodTests
{
    private const int RandomCases = 200;

    public static TheoryData<DateTimeOffset> RandomInstants()
    {
        // Fixed seed: the same 200 cases every run, so a failure can be replayed.
        var random = new Random(20261125);
        var from = new DateTimeOffset(1990, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;
        var to = new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;
        var data = new TheoryData<DateTimeOffset>();
        for (var i = 0; i < RandomCases; i++)
        {
            var offset = TimeSpan.FromMinutes(15 * random.Next(-14 * 4, 14 * 4 + 1));
            var utc = new DateTimeOffset(random.NextInt64(from, to), TimeSpan.Zero);
            data.Add(utc.ToOffset(offset));
        }

        return data;
    }

    [Theory]
    [InlineData("2026-11-01T00:00:00+00:00", "2026-11")]
    [InlineData("2026-11-30T23:59:59.9999999+00:00", "2026-11")]
    [InlineData("2026-12-01T00:00:00+00:00", "2026-12")]
    [InlineData("2026-12-31T23:59:59+00:00", "2026-12")]
    [InlineData("2027-01-01T00:00:00+00:00", "2027-01")]
    [InlineData("2028-02-29T12:00:00+00:00", "2028-02")]
    [InlineData("2027-01-01T00:30:00+01:00", "2026-12")]
    [InlineData("2026-12-31T20:00:00-05:00", "2027-01")]
    [InlineData("2026-12-01T05:00:00+05:30", "2026-11")]
    [InlineData("2026-11-30T23:00:00-14:00", "2026-12")]
    public void Containing_InstantNearBoundary_PicksUtcMonth(string instant, string expectedKey)
    {
        var at = DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);

        var period = UsagePeriod.Containing(at);

        period.Key.Should().Be(expectedKey);
    }

    [Fact]
    public void Containing_NonUtcOffset_ReturnsUtcBounds()
    {
        var at = new DateTimeOffset(2026, 6, 15, 9, 0, 0, TimeSpan.FromHours(-7));

        var period = UsagePeriod.Containing(at);

        period.Start.Should().Be(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));
        period.Start.Offset.Should().Be(TimeSpan.Zero);
        period.End.Should().Be(new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Containing_December_EndsOnFirstOfJanuaryNextYear()
    {
        var period = UsagePeriod.Containing(new DateTimeOffset(2026, 12, 10, 0, 0, 0, TimeSpan.Zero));

        period.End.Should().Be(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Key_SingleDigitMonthAndEarlyYear_IsZeroPadded()
    {
        var period = UsagePeriod.Containing(new DateTimeOffset(987, 3, 4, 0, 0, 0, TimeSpan.Zero));

        period.Key.Should().Be("0987-03");
    }

    [Fact]
    public void SecondsUntilEnd_StartOfPeriod_IsWholeMonth()
    {
        var start = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        var period = UsagePeriod.Containing(start);

        var seconds = period.SecondsUntilEnd(start);

        seconds.Should().Be(30L * 24 * 60 * 60);
    }

    [Fact]
    public void SecondsUntilEnd_PartialSecondLeft_RoundsUp()
    {
        var period = UsagePeriod.Containing(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));

        var seconds = period.SecondsUntilEnd(period.End.AddMilliseconds(-1500));

        seconds.Should().Be(2);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3600)]
    public void SecondsUntilEnd_AtOrAfterEnd_IsAtLeastOne(int secondsPastEnd)
    {
        var period = UsagePeriod.Containing(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));

        var seconds = period.SecondsUntilEnd(period.End.AddSeconds(secondsPastEnd));

        seconds.Should().Be(1);
    }

    [Theory]
    [MemberData(nameof(RandomInstants))]
    public void Containing_AnyInstant_ContainsIt(DateTimeOffset instant)
    {
        var period = UsagePeriod.Containing(instant);

        period.Start.Should().BeOnOrBefore(instant);
        period.End.Should().BeAfter(instant);
    }

    [Theory]
    [MemberData(nameof(RandomInstants))]
    public void Containing_AnyInstant_StartsOnFirstAtMidnightUtcAndLastsOneMonth(DateTimeOffset instant)
    {
        var period = UsagePeriod.Containing(instant);

        period.Start.Offset.Should().Be(TimeSpan.Zero);
        period.Start.Day.Should().Be(1);
        period.Start.TimeOfDay.Should().Be(TimeSpan.Zero);
        period.End.Should().Be(period.Start.AddMonths(1));
        period.Key.Should().Be(period.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(RandomInstants))]
    public void SecondsUntilEnd_AnyInstantInPeriod_IsBetweenOneAndThirtyOneDays(DateTimeOffset instant)
    {
        var period = UsagePeriod.Containing(instant);

        var seconds = period.SecondsUntilEnd(instant);

        seconds.Should().BeInRange(1, 31L * 24 * 60 * 60);
    }
}
