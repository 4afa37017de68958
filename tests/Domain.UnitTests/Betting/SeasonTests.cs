namespace CleanPlatform.Domain.UnitTests.Betting;

public sealed class SeasonTests
{
    [Theory]
    [InlineData(2023, 8, 11, "2023-24")]
    [InlineData(2024, 5, 19, "2023-24")]
    [InlineData(2024, 7, 1, "2024-25")]
    [InlineData(1999, 8, 7, "1999-00")]
    public void NameFor_MatchDate_IsTheSeasonFromJuly(int year, int month, int day, string expected) =>
        Season.NameFor(new DateOnly(year, month, day)).Should().Be(expected);

    [Fact]
    public void Schedule_TeamMissing_ThrowsNamingTheTeam()
    {
        var act = () => SportEvent.Schedule(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), " ", "Man City",
            DateTimeOffset.UnixEpoch, DateTime.UnixEpoch, "Europe/London", DateTimeOffset.UnixEpoch);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("team.name_required");
    }
}
