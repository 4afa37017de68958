using CleanPlatform.Application.Betting.ImportFootballData;

namespace CleanPlatform.Infrastructure.IntegrationTests.Betting.FootballData;

/// <summary>Rows that cannot be used are reported with their line, and the reading goes on.</summary>
public sealed class FootballDataRejectionTests
{
    private const string Header = "Div,Date,Time,HomeTeam,AwayTeam,FTHG,FTAG,FTR,HTHG,HTAG,HTR,B365H,B365D,B365A";
    private const string Match = "E0,05/08/2022,20:00,Crystal Palace,Arsenal,0,2,A,0,1,A,4.2,3.6,1.85";

    [Theory]
    [InlineData("05/08/2022", "31/02/2023", "Date")]
    [InlineData("05/08/2022", "2022-08-05", "Date")]
    [InlineData("05/08/2022", "05/08/022", "Date")]
    [InlineData("05/08/2022", "", "Date")]
    [InlineData("20:00", "8pm", "Time")]
    [InlineData("Crystal Palace", "", "HomeTeam")]
    [InlineData("Arsenal", "", "AwayTeam")]
    [InlineData("0,2,A", "0,two,A", "FTAG")]
    [InlineData("0,2,A", "0,2.5,A", "FTAG")]
    [InlineData("0,2,A", ",2,A", "FTHG")]
    [InlineData("0,2,A", "0,2,H", "FTR")]
    [InlineData("0,2,A", "0,2,", "FTR")]
    [InlineData("0,1,A", "0,1,H", "HTR")]
    [InlineData("0,1,A", "0,x,A", "HTAG")]
    [InlineData("4.2,3.6", "4.2,n/a", "B365D")]
    public async Task ReadAsync_UnusableRow_RejectsItAtItsLineAndReadsOn(string field, string replacement, string column)
    {
        var bad = ReplaceFirst(Match, field, replacement);

        var entries = await FootballDataCsv.ReadAsync($"{Header}\r\n{Match}\r\n\r\n{bad}\r\n{Match}\r\n");

        entries.Select(e => (e.GetType(), e.LineNumber))
            .Should().Equal((typeof(FootballDataRow), 2), (typeof(FootballDataRejection), 4), (typeof(FootballDataRow), 5));
        entries[1].Should().BeOfType<FootballDataRejection>().Which.Column.Should().Be(column);
    }

    [Fact]
    public async Task ReadAsync_InconsistentResult_SaysWhy()
    {
        var entries = await FootballDataCsv.ReadAsync($"{Header}\n{Match.Replace("0,2,A,", "0,2,H,", StringComparison.Ordinal)}\n");

        entries.Should().ContainSingle().Which.Should().Be(new FootballDataRejection(2, "FTR", "FTR 'H' contradicts the score 0-2."));
    }

    [Fact]
    public async Task ReadAsync_NonNumericPrice_RejectsTheRowQuotingTheText()
    {
        var entries = await FootballDataCsv.ReadAsync($"{Header}\n{Match.Replace("1.85", "abc", StringComparison.Ordinal)}\n");

        entries.Should().ContainSingle().Which.Should().Be(new FootballDataRejection(2, "B365A", "B365A 'abc' is not a number."));
    }

    [Fact]
    public async Task ReadAsync_HeaderWithoutResult_Throws()
    {
        var read = () => FootballDataCsv.ReadAsync("Div,Date,HomeTeam,AwayTeam,FTHG,FTAG\r\nE0,05/08/2022,A,B,1,0\r\n");

        await read.Should().ThrowAsync<InvalidDataException>().WithMessage("*FTR*");
    }

    private static string ReplaceFirst(string text, string value, string replacement)
    {
        var at = text.IndexOf(value, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + value.Length));
    }
}
