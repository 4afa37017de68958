using AwesomeAssertions.Execution;
using CleanPlatform.Application.Betting.Studies.RunMarketStudy;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Api.FunctionalTests.Betting;

/// <summary>The market study reproduces betting.md §10 from the imported seasons, through the HTTP endpoint.</summary>
public abstract class MarketStudyTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    private const double Precision = 1e-6;
    private const string Url = "/api/v1/betting/studies/market";

    [Fact]
    public async Task Study_OfEachSeasonAndBoth_GivesTheReferenceFigures()
    {
        var owner = await ReferenceSeasons.ImportAsync(Api, Ct);

        foreach (var season in ReferenceFigures.Seasons)
        {
            var study = await StudyAsync(owner, ReferenceSeasons.Filter(season));
            using var scope = new AssertionScope(season);
            ShouldHaveTheFigures(study, ReferenceFigures.Of[season]);
        }
    }

    [Fact]
    public async Task Study_ReadsOnlyTheOrganizationsMatchesWithinTheFilter()
    {
        var owner = await ReferenceSeasons.ImportAsync(Api, Ct, FootballDataUploads.Season2023);
        var stranger = await Api.RegisterAsync(Ct);

        var everything = await StudyAsync(owner, "");
        // The season's first day, Friday 11 August 2023, had one match: Burnley 0-3 Man City.
        var firstDay = await StudyAsync(owner, "dateFrom=2023-08-11&dateTo=2023-08-11");
        var otherLeague = await StudyAsync(owner, "competitions=E1");
        var strangers = await StudyAsync(stranger, "");

        (everything.Matches, everything.HomeWins, everything.Draws, everything.AwayWins).Should().Be((380, 175, 82, 123));
        everything.Favourites.Should().Contain(f => f.Bookmaker == "pinnacle" && f.Snapshot == SnapshotKind.Closing
            && f.Matches + f.Ties == 380 && f.Share > 0.5);
        (firstDay.Matches, firstDay.AwayWins).Should().Be((1, 1));
        otherLeague.Matches.Should().Be(0);
        strangers.Matches.Should().Be(0);
        strangers.Margins.Should().BeEmpty();
    }

    [Theory]
    [InlineData("dateFrom=2024-01-02&dateTo=2024-01-01", "dateTo")]
    [InlineData("dateFrom=yesterday", "dateFrom")]
    public async Task Study_WithABadFilter_IsABadRequestNamingTheField(string query, string field)
    {
        var invalid = await Api.InvalidFieldsOfAsync($"{Url}?{query}", Ct);

        invalid.Should().Contain(name => name.Equals(field, StringComparison.OrdinalIgnoreCase));
    }

    private static void ShouldHaveTheFigures(MarketStudyDto study, ReferenceFigures expected)
    {
        (study.Matches, study.HomeWins, study.Draws, study.AwayWins).Should()
            .Be((expected.Matches, expected.Home, expected.Draw, expected.Away));
        Margin(study, "b365", SnapshotKind.PreClosing).Should().BeApproximately(expected.MarginB365, Precision);
        Margin(study, "pinnacle", SnapshotKind.PreClosing).Should().BeApproximately(expected.MarginPs, Precision);
        Margin(study, "pinnacle", SnapshotKind.Closing).Should().BeApproximately(expected.MarginPsc, Precision);
        Margin(study, "avg", SnapshotKind.PreClosing).Should().BeApproximately(expected.MarginAvg, Precision);
        Margin(study, "max", SnapshotKind.PreClosing).Should().BeApproximately(expected.MarginMax, Precision);

        var flat = study.FlatStakes.Single(f => f is { Bookmaker: "b365", Snapshot: SnapshotKind.PreClosing, Market: MarketKind.MatchResult });
        flat.Outcomes.Select(o => o.Roi!.Value).Should().Equal([expected.FlatHome, expected.FlatDraw, expected.FlatAway],
            (actual, reference) => Math.Abs(actual - reference) < Precision);
        flat.All.Roi!.Value.Should().BeApproximately(expected.FlatAll, Precision);
        flat.All.Bets.Should().Be(3 * expected.Matches);

        var clv = study.ClosingLineValue.Single(c =>
            c is { Bookmaker: "b365", Snapshot: SnapshotKind.PreClosing, Market: MarketKind.MatchResult, Selection: Selection.Home });
        clv.Bets.Should().Be(expected.Matches);
        clv.MeanRaw.Should().BeApproximately(expected.ClvRaw, Precision);
        clv.MeanFair.Should().BeApproximately(expected.ClvFair, Precision);
        clv.MeanProbabilityDifference.Should().BeApproximately(expected.ClvProbability, Precision);

        var b365 = study.Forecasts.Single(f => f is { Bookmaker: "b365", Snapshot: SnapshotKind.PreClosing });
        var closing = study.Forecasts.Single(f => f is { Bookmaker: "pinnacle", Snapshot: SnapshotKind.Closing });
        b365.Brier.Should().BeApproximately(expected.BrierB365, Precision);
        closing.Brier.Should().BeApproximately(expected.BrierPsc, Precision);
        b365.LogLoss.Should().BeApproximately(expected.LogLossB365, Precision);
        closing.LogLoss.Should().BeApproximately(expected.LogLossPsc, Precision);

        var handicap = Handicap(study, "b365", SnapshotKind.PreClosing);
        handicap.Roi!.Value.Should().BeApproximately(expected.AhB365, Precision);
        Handicap(study, "pinnacle", SnapshotKind.PreClosing).Roi!.Value.Should().BeApproximately(expected.AhPinnacle, Precision);
        Handicap(study, "pinnacle", SnapshotKind.Closing).Roi!.Value.Should().BeApproximately(expected.AhPinnacleClosing, Precision);
        (handicap.Won, handicap.HalfWon, handicap.Push, handicap.HalfLost, handicap.Lost).Should().Be(expected.AhResults);
    }

    private static async Task<MarketStudyDto> StudyAsync(Caller caller, string query) =>
        await (await caller.Client.GetAsync($"{Url}?{query}", Ct)).ShouldBeAsync<MarketStudyDto>(HttpStatusCode.OK);

    private static double Margin(MarketStudyDto study, string bookmaker, SnapshotKind snapshot) =>
        study.Margins.Single(m => m.Bookmaker == bookmaker && m.Snapshot == snapshot && m.Market == MarketKind.MatchResult).MeanMargin;

    private static HandicapStudyDto Handicap(MarketStudyDto study, string bookmaker, SnapshotKind snapshot) =>
        study.AsianHandicap.Single(h => h.Bookmaker == bookmaker && h.Snapshot == snapshot && h.Selection == Selection.Home);
}

[Collection(PostgresApi.Name)]
public sealed class MarketStudyPostgresTests(PostgresApiFactory api) : MarketStudyTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class MarketStudySqliteTests(SqliteApiFactory api) : MarketStudyTests<SqliteApiFactory>(api);
