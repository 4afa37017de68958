using CleanPlatform.Application.Betting.ImportFootballData;

namespace CleanPlatform.Infrastructure.IntegrationTests.Betting.FootballData;

public sealed class FootballDataLayoutTests
{
    // A 2005/06-style file: Betbrain aggregates, two-digit years, no Time, Bet365 with its own handicap line.
    private const string Betbrain = """
        Div,Date,HomeTeam,AwayTeam,FTHG,FTAG,FTR,HTHG,HTAG,HTR,B365H,B365D,B365A,B365AHH,B365AHA,B365AH,Bb1X2,BbMxH,BbAvH,BbMxD,BbAvD,BbMxA,BbAvA,BbOU,BbMx>2.5,BbAv>2.5,BbMx<2.5,BbAv<2.5,BbAH,BbAHh,BbMxAHH,BbAvAHH,BbMxAHA,BbAvAHA
        E0,13/08/05,Aston Villa,Bolton,2,2,D,2,2,D,2.3,3.25,3,1.95,1.9,-0.25,37,2.4,2.28,3.4,3.18,3.2,2.96,32,2.05,1.95,1.88,1.8,20,-0.5,2.12,2.02,1.86,1.81

        """;

    [Fact]
    public async Task ReadAsync_BetbrainHeader_ReadsAggregatesAsMaxAndAvg()
    {
        var row = (await FootballDataCsv.ReadAsync(Betbrain)).Single(lineNumber: 2);

        row.Layout.Should().Be(FootballDataLayout.Betbrain);
        row.Price("max", FootballDataMarket.MatchResult).Odds().Should().Equal(2.4m, 3.4m, 3.2m);
        row.Price("avg", FootballDataMarket.MatchResult).Odds().Should().Equal(2.28m, 3.18m, 2.96m);
        row.Price("max", FootballDataMarket.OverUnder).Odds().Should().Equal(2.05m, 1.88m);
        row.Price("avg", FootballDataMarket.OverUnder).Odds().Should().Equal(1.95m, 1.8m);
        row.Price("max", FootballDataMarket.AsianHandicap).Lines().Should().Equal(-0.5m, 0.5m);
        row.Price("avg", FootballDataMarket.AsianHandicap).Odds().Should().Equal(2.02m, 1.81m);
        row.Prices.Should().OnlyContain(p => p.Snapshot == FootballDataSnapshot.PreClosing);
    }

    [Fact]
    public async Task ReadAsync_BookmakerWithItsOwnHandicapLine_PricesAtThatLine()
    {
        var row = (await FootballDataCsv.ReadAsync(Betbrain)).Single(lineNumber: 2);

        var handicap = row.Price("b365", FootballDataMarket.AsianHandicap);

        handicap.Line.Should().Be(-0.25m);
        handicap.Lines().Should().Equal(-0.25m, 0.25m);
    }

    [Fact]
    public async Task ReadAsync_FileWithoutTime_KeepsTheDateAndSaysThereIsNoTime()
    {
        var row = (await FootballDataCsv.ReadAsync(Betbrain)).Single(lineNumber: 2);

        row.KickOff.Should().Be(new FootballDataKickOff(new DateOnly(2005, 8, 13), local: null, utc: null));
        row.KickOff.HasTime.Should().BeFalse();
    }

    [Fact]
    public async Task ReadAsync_UnknownBookmakerPrefix_IsIgnored()
    {
        var csv = "Div,Date,HomeTeam,AwayTeam,FTHG,FTAG,FTR,XYZH,XYZD,XYZA,B365H,B365D,B365A\r\n"
            + "E0,13/08/2005,Everton,Man United,0,2,A,2,3,4,4.5,3.4,1.8\r\n";

        var row = (await FootballDataCsv.ReadAsync(csv)).Single(lineNumber: 2);

        row.Prices.Should().ContainSingle().Which.Bookmaker.Should().Be("b365");
        row.Layout.Should().Be(FootballDataLayout.Current);
    }
}
