using CleanPlatform.Application.Betting.ImportFootballData;

namespace CleanPlatform.Infrastructure.IntegrationTests.Betting.FootballData;

/// <summary>Matches still to be played: a fixtures file (no full-time columns) and blank results in a results file.</summary>
public sealed class FootballDataFixtureTests
{
    [Fact]
    public async Task ReadAsync_FixturesFile_ReadsMatchesWithoutScoreAndTheirPrices()
    {
        var entries = await FootballDataCsv.ReadAsync(
            "Div,Date,Time,HomeTeam,AwayTeam,B365H,B365D,B365A,PSH,PSD,PSA\r\n"
            + "E0,12/12/2026,15:00,Arsenal,Everton,1.5,4.5,7.0,1.52,4.6,7.2\r\n");

        var row = entries.Should().ContainSingle().Which.Should().BeOfType<FootballDataRow>().Subject;
        row.FullTime.Should().BeNull();
        row.HalfTime.Should().BeNull();
        row.Price("b365", FootballDataMarket.MatchResult).Odds().Should().Equal(1.5m, 4.5m, 7.0m);
        row.Price("pinnacle", FootballDataMarket.MatchResult).Odds().Should().Equal(1.52m, 4.6m, 7.2m);
    }

    [Fact]
    public async Task ReadAsync_ResultsFileRowWithBlankResult_IsAMatchStillToBePlayed()
    {
        var entries = await FootballDataCsv.ReadAsync(
            "Div,Date,Time,HomeTeam,AwayTeam,FTHG,FTAG,FTR,HTHG,HTAG,HTR,B365H,B365D,B365A\r\n"
            + "E0,05/08/2022,20:00,Crystal Palace,Arsenal,0,2,A,0,1,A,4.2,3.6,1.85\r\n"
            + "E0,06/08/2022,12:30,Fulham,Liverpool,,,,,,,6.0,4.5,1.5\r\n");

        entries.Should().HaveCount(2).And.AllBeOfType<FootballDataRow>();
        entries.Single(3).FullTime.Should().BeNull();
        entries.Single(2).FullTime.Should().Be(new FootballDataScore(0, 2));
    }

    [Theory]
    [InlineData(",,A", "FTHG")]
    [InlineData("1,,", "FTAG")]
    public async Task ReadAsync_PartlyBlankResult_RejectsTheRow(string result, string column)
    {
        var entries = await FootballDataCsv.ReadAsync(
            "Div,Date,HomeTeam,AwayTeam,FTHG,FTAG,FTR,B365H,B365D,B365A\r\n"
            + $"E0,06/08/2022,Fulham,Liverpool,{result},6.0,4.5,1.5\r\n");

        entries.Should().ContainSingle().Which.Should().BeOfType<FootballDataRejection>().Which.Column.Should().Be(column);
    }

    [Fact]
    public async Task ReadAsync_HeaderWithSomeResultColumns_NamesTheMissingOnes()
    {
        var read = () => FootballDataCsv.ReadAsync("Div,Date,HomeTeam,AwayTeam,FTR\r\nE0,05/08/2022,A,B,H\r\n");

        await read.Should().ThrowAsync<InvalidDataException>().WithMessage("*FTHG, FTAG*");
    }
}
