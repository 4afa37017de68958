using System.Text;
using CleanPlatform.Application.Betting.ImportFootballData;

namespace CleanPlatform.Infrastructure.IntegrationTests.Betting.FootballData;

/// <summary>Dates, encodings, line endings and blanks in handmade files of the current layout.</summary>
public sealed class FootballDataRowTests
{
    private const string Header = "Div,Date,Time,HomeTeam,AwayTeam,FTHG,FTAG,FTR,HTHG,HTAG,HTR,B365H,B365D,B365A,AHh,PAHH,PAHA";
    private const string Match = "E0,26/12/2022,15:00,Arsenal,Chelsea,2,1,H,1,1,D,1.9,3.6,4.2,-0.75,2.02,1.9";

    [Theory]
    [InlineData("14/08/99", 1999, 8, 14)]
    [InlineData("13/08/05", 2005, 8, 13)]
    [InlineData("13/08/49", 2049, 8, 13)]
    [InlineData("13/08/50", 1950, 8, 13)]
    [InlineData("13/08/2005", 2005, 8, 13)]
    [InlineData("1/9/2001", 2001, 9, 1)]
    public async Task ReadAsync_DateOfEitherLength_ReadsTheRightYear(string date, int year, int month, int day)
    {
        var entries = await FootballDataCsv.ReadAsync($"{Header}\r\n{Match.Replace("26/12/2022", date, StringComparison.Ordinal)}\r\n");

        entries.Single(lineNumber: 2).KickOff.Date.Should().Be(new DateOnly(year, month, day));
    }

    [Fact]
    public async Task ReadAsync_Utf8Bom_ReadsTheFirstColumn()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes($"{Header}\r\n{Match}\r\n")).ToArray();

        var row = (await FootballDataCsv.ReadAsync(bytes)).Single(lineNumber: 2);

        row.Division.Should().Be("E0");
    }

    [Fact]
    public async Task ReadAsync_LfLineEndings_ReadEveryRowAtItsLine()
    {
        var entries = await FootballDataCsv.ReadAsync($"{Header}\n{Match}\n{Match.Replace("Arsenal", "Fulham", StringComparison.Ordinal)}\n");

        entries.Cast<FootballDataRow>().Select(r => (r.LineNumber, r.HomeTeam)).Should().Equal((2, "Arsenal"), (3, "Fulham"));
    }

    [Fact]
    public async Task ReadAsync_RowsOfOnlyCommasAndEmptyLines_AreSkippedWithoutRejection()
    {
        var entries = await FootballDataCsv.ReadAsync($"{Header}\r\n{Match}\r\n,,,,,,,,,,,,,,,,\r\n\r\n{Match}\r\n,,,,\r\n\r\n\r\n");

        entries.Select(e => (e.GetType(), e.LineNumber)).Should().Equal((typeof(FootballDataRow), 2), (typeof(FootballDataRow), 5));
    }

    [Fact]
    public async Task ReadAsync_QuotedFieldWithComma_KeepsTheComma()
    {
        var entries = await FootballDataCsv.ReadAsync(
            $"{Header}\r\n{Match.Replace("Chelsea", "\"Brighton, Hove\"", StringComparison.Ordinal)}\r\n");

        entries.Single(lineNumber: 2).AwayTeam.Should().Be("Brighton, Hove");
    }

    [Fact]
    public async Task ReadAsync_WinterKickOff_IsUkLocalTimeAsUtc()
    {
        var row = (await FootballDataCsv.ReadAsync($"{Header}\r\n{Match}\r\n")).Single(lineNumber: 2);

        row.KickOff.Should().Be(new FootballDataKickOff(new DateOnly(2022, 12, 26), new DateTime(2022, 12, 26, 15, 0, 0),
            new DateTimeOffset(2022, 12, 26, 15, 0, 0, TimeSpan.Zero)));
        row.KickOff.HasTime.Should().BeTrue();
    }

    [Fact]
    public async Task ReadAsync_BlankTime_KeepsTheDateWithoutTime()
    {
        var row = (await FootballDataCsv.ReadAsync($"{Header}\r\n{Match.Replace("15:00", "", StringComparison.Ordinal)}\r\n"))
            .Single(lineNumber: 2);

        row.KickOff.Should().Be(new FootballDataKickOff(new DateOnly(2022, 12, 26), local: null, utc: null));
    }

    [Theory]
    [InlineData("1.9,,4.2", "B365D", FootballDataSkipReason.MissingPrice)]
    [InlineData("1.9,1.0,4.2", "B365D", FootballDataSkipReason.PriceNotAboveOne)]
    [InlineData(",,", "B365H", FootballDataSkipReason.MissingPrice)]
    public async Task ReadAsync_BlankOrTooLowPrice_SkipsTheMarketNotTheRow(string prices, string column, FootballDataSkipReason reason)
    {
        var row = (await FootballDataCsv.ReadAsync($"{Header}\r\n{Match.Replace("1.9,3.6,4.2", prices, StringComparison.Ordinal)}\r\n"))
            .Single(lineNumber: 2);

        row.SkippedMarkets.Should().Equal(new FootballDataSkippedMarket("b365", FootballDataMarket.MatchResult,
            FootballDataSnapshot.PreClosing, reason, column));
        row.Prices.Should().ContainSingle().Which.Bookmaker.Should().Be("pinnacle");
    }

    [Fact]
    public async Task ReadAsync_BlankHandicapLine_SkipsTheHandicap()
    {
        var row = (await FootballDataCsv.ReadAsync($"{Header}\r\n{Match.Replace("-0.75", "", StringComparison.Ordinal)}\r\n"))
            .Single(lineNumber: 2);

        row.SkippedMarkets.Should().ContainSingle().Which.Should().Be(new FootballDataSkippedMarket("pinnacle",
            FootballDataMarket.AsianHandicap, FootballDataSnapshot.PreClosing, FootballDataSkipReason.MissingLine, "AHh"));
    }

    [Fact]
    public async Task ReadAsync_WholeNumbersWithOrWithoutDecimals_ReadAlike()
    {
        var entries = await FootballDataCsv.ReadAsync($"{Header}\r\n"
            + $"{Match.Replace("2,1,H,1,1,D,1.9,3.6,4.2", "2.0,1.0,H,1.0,1,D,11,6.0,1.25", StringComparison.Ordinal)}\r\n");

        var row = entries.Single(lineNumber: 2);
        row.Price("b365", FootballDataMarket.MatchResult).Odds().Should().Equal(11m, 6m, 1.25m);
        (row.FullTime, row.HalfTime).Should().Be((new FootballDataScore(2, 1), new FootballDataScore(1, 1)));
    }

    [Fact]
    public async Task ReadAsync_BlankHalfTime_LeavesHalfTimeOut()
    {
        var row = (await FootballDataCsv.ReadAsync($"{Header}\r\n{Match.Replace("1,1,D", ",,", StringComparison.Ordinal)}\r\n"))
            .Single(lineNumber: 2);

        row.HalfTime.Should().BeNull();
    }
}
