using CleanPlatform.Infrastructure.Betting.FootballData;

namespace CleanPlatform.Infrastructure.IntegrationTests.Betting.FootballData;

public sealed class UkLocalTimeTests
{
    [Theory]
    [InlineData("2023-06-01T15:00", "2023-06-01T14:00")]
    [InlineData("2023-12-01T15:00", "2023-12-01T15:00")]
    [InlineData("2023-03-26T00:30", "2023-03-26T00:30")]
    [InlineData("2023-03-26T01:30", "2023-03-26T01:30")]
    [InlineData("2023-03-26T02:30", "2023-03-26T01:30")]
    [InlineData("2023-10-29T00:30", "2023-10-28T23:30")]
    [InlineData("2023-10-29T01:30", "2023-10-29T01:30")]
    public void ToUtc_LocalTime_FollowsTheEuropeLondonRules(string local, string utc)
    {
        var instant = UkLocalTime.ToUtc(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture));

        instant.Should().Be(new DateTimeOffset(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.Zero));
    }
}
