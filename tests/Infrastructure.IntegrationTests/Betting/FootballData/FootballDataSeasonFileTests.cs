using CleanPlatform.Application.Betting.ImportFootballData;

namespace CleanPlatform.Infrastructure.IntegrationTests.Betting.FootballData;

/// <summary>The two Premier League seasons of shared/domain/betting.md §7 and §10, read whole.</summary>
public sealed class FootballDataSeasonFileTests
{
    private const string Season2223 = "E0_2022-23.csv";
    private const string Season2324 = "E0_2023-24.csv";

    [Theory]
    [InlineData(Season2223, 184, 87, 109)]
    [InlineData(Season2324, 175, 82, 123)]
    public async Task ReadAsync_SeasonFile_Gives380MatchesWithTheirResults(string file, int home, int draw, int away)
    {
        var entries = await FootballDataCsv.ReadSeasonAsync(file);

        entries.Should().HaveCount(380).And.AllBeOfType<FootballDataRow>();
        var results = entries.Cast<FootballDataRow>().GroupBy(r => r.FullTime!.Result).ToDictionary(g => g.Key, g => g.Count());
        results.Should().Equal(new Dictionary<FootballDataResult, int>
        {
            [FootballDataResult.HomeWin] = home,
            [FootballDataResult.Draw] = draw,
            [FootballDataResult.AwayWin] = away,
        });
    }

    [Theory]
    [InlineData(Season2223, "pinnacle OverUnder PreClosing MissingPrice 1", "pinnacle OverUnder Closing MissingPrice 1")]
    [InlineData(Season2324, "bw MatchResult PreClosing MissingPrice 2", "iw MatchResult PreClosing MissingPrice 182",
        "pinnacle OverUnder PreClosing MissingPrice 8", "bw MatchResult Closing MissingPrice 12",
        "iw MatchResult Closing MissingPrice 182", "pinnacle OverUnder Closing MissingPrice 7",
        "max AsianHandicap Closing MissingPrice 1")]
    public async Task ReadAsync_SeasonFile_SkipsExactlyTheBlankMarkets(string file, params string[] expected)
    {
        var rows = (await FootballDataCsv.ReadSeasonAsync(file)).Cast<FootballDataRow>().ToList();

        rows.SelectMany(r => r.SkippedMarkets)
            .GroupBy(s => $"{s.Bookmaker} {s.Market} {s.Snapshot} {s.Reason}")
            .Select(g => $"{g.Key} {g.Count()}")
            .Should().BeEquivalentTo(expected);
        // 8 books' 1X2, 4 books' over/under and 4 books' handicap, pre-closing and closing: 32 groups a row.
        rows.Should().AllSatisfy(r => (r.Prices.Count + r.SkippedMarkets.Count).Should().Be(32));
    }

    [Fact]
    public async Task ReadAsync_SummerMatch_ConvertsBritishSummerTimeAndReadsPrices()
    {
        var row = (await FootballDataCsv.ReadSeasonAsync(Season2223)).Single(lineNumber: 2);

        (row.Division, row.HomeTeam, row.AwayTeam).Should().Be(("E0", "Crystal Palace", "Arsenal"));
        row.Layout.Should().Be(FootballDataLayout.Current);
        row.KickOff.Local.Should().Be(new DateTime(2022, 8, 5, 20, 0, 0));
        row.KickOff.Utc.Should().Be(new DateTimeOffset(2022, 8, 5, 19, 0, 0, TimeSpan.Zero));
        row.FullTime.Should().Be(new FootballDataScore(0, 2));
        row.HalfTime.Should().Be(new FootballDataScore(0, 1));
        row.Price("b365", FootballDataMarket.MatchResult).Odds().Should().Equal(4.2m, 3.6m, 1.85m);
        row.Price("pinnacle", FootballDataMarket.MatchResult, FootballDataSnapshot.Closing).Odds()
            .Should().Equal(4.58m, 3.63m, 1.88m);
        row.Price("pinnacle", FootballDataMarket.OverUnder).Odds().Should().Equal(2.14m, 1.78m);
        row.Price("pinnacle", FootballDataMarket.OverUnder).Lines().Should().Equal(2.5m, 2.5m);
        var handicap = row.Price("b365", FootballDataMarket.AsianHandicap);
        handicap.Line.Should().Be(0.5m);
        handicap.Outcomes.Should().Equal(new FootballDataOutcomePrice(FootballDataOutcome.Home, 2.04m, 0.5m),
            new FootballDataOutcomePrice(FootballDataOutcome.Away, 1.89m, -0.5m));
    }

    [Fact]
    public async Task ReadAsync_WinterMatch_KeepsGreenwichTimeAndTheClosingLine()
    {
        var row = (await FootballDataCsv.ReadSeasonAsync(Season2223)).Single(lineNumber: 148);

        (row.HomeTeam, row.AwayTeam).Should().Be(("Brentford", "Tottenham"));
        row.KickOff.Utc.Should().Be(new DateTimeOffset(2022, 12, 26, 12, 30, 0, TimeSpan.Zero));
        row.Price("pinnacle", FootballDataMarket.AsianHandicap).Line.Should().Be(0.5m);
        var closing = row.Price("pinnacle", FootballDataMarket.AsianHandicap, FootballDataSnapshot.Closing);
        closing.Odds().Should().Equal(2.01m, 1.91m);
        closing.Lines().Should().Equal(0.25m, -0.25m);
    }

    [Fact]
    public async Task ReadAsync_PandasWholeNumbers_ReadAsTheirValue()
    {
        var row = (await FootballDataCsv.ReadSeasonAsync(Season2223)).Single(lineNumber: 3);

        row.Price("b365", FootballDataMarket.MatchResult).Odds().Should().Equal(11m, 6m, 1.25m);
        row.FullTime.Should().Be(new FootballDataScore(2, 2));
    }

    [Fact]
    public async Task ReadAsync_BlankClosingAggregate_SkipsOnlyThatMarket()
    {
        var row = (await FootballDataCsv.ReadSeasonAsync(Season2324)).Single(lineNumber: 2);

        row.SkippedMarkets.Should().Equal(new FootballDataSkippedMarket("max", FootballDataMarket.AsianHandicap,
            FootballDataSnapshot.Closing, FootballDataSkipReason.MissingPrice, "MaxCAHH"));
        row.Price("avg", FootballDataMarket.AsianHandicap, FootballDataSnapshot.Closing).Odds().Should().Equal(1.92m, 1.95m);
        row.Price("b365", FootballDataMarket.MatchResult).Odds().Should().Equal(8m, 5.5m, 1.33m);
    }

    [Theory]
    [InlineData("b365", FootballDataSnapshot.PreClosing, 0.053707)]
    [InlineData("pinnacle", FootballDataSnapshot.PreClosing, 0.026485)]
    [InlineData("pinnacle", FootballDataSnapshot.Closing, 0.024612)]
    [InlineData("avg", FootballDataSnapshot.PreClosing, 0.040655)]
    [InlineData("max", FootballDataSnapshot.PreClosing, 0.001918)]
    public async Task ReadAsync_Season2022_GivesTheReferenceMargins(string bookmaker, FootballDataSnapshot snapshot,
        double expected)
    {
        var rows = (await FootballDataCsv.ReadSeasonAsync(Season2223)).Cast<FootballDataRow>();

        var margins = rows.Select(r => r.Price(bookmaker, FootballDataMarket.MatchResult, snapshot))
            .Select(p => p.Outcomes.Sum(o => 1m / o.Odds) - 1m).ToList();

        margins.Should().HaveCount(380);
        ((double)margins.Average()).Should().BeApproximately(expected, 1e-6);
    }
}
