using CleanPlatform.Application.Betting.Analytics.Common;
using CleanPlatform.Application.Betting.Analytics.GetBankrollSeries;
using CleanPlatform.Application.Betting.Analytics.GetBettingSummary;
using CleanPlatform.Application.Betting.Analytics.GetPlacementHeatmap;
using CleanPlatform.Application.Betting.Analytics.GetWinRate;
using CleanPlatform.Application.Betting.Analytics.ListAgentPerformance;
using CleanPlatform.Application.Betting.Analytics.ListBookmakerPerformance;
using CleanPlatform.Domain.Betting;
using static CleanPlatform.Api.FunctionalTests.Betting.AnalyticsFixture;

namespace CleanPlatform.Api.FunctionalTests.Betting;

public abstract class AnalyticsTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    private const string Url = "/api/v1/betting/analytics";

    [Fact]
    public async Task Summary_AllTime_AddsUpTheSettledBetsByHand()
    {
        var member = await Api.RegisterAsync(Ct);
        await Api.SeedAnalyticsBetsAsync(member, Ct);

        var summary = await GetAsync<BettingSummaryDto>(member, "summary");

        summary.Currency.Should().Be("EUR");
        summary.Counts.Should().Be(new StatusCountsDto(Pending: 1, Won: 2, HalfWon: 1, Push: 1, HalfLost: 1, Lost: 1, Void: 1));
        var p = summary.Performance;
        (p.Settled, p.Staked, p.Profit, p.Roi, p.Wins, p.Pushes, p.HitRate, p.AverageOdds)
            .Should().Be((6, 490m, 100m, 0.204082m, 3, 1, 0.6m, 2.233333m));
        (p.ClvRawCount, p.MeanClvFair, p.ClvFairCount, p.ClvProbabilityCount).Should().Be((2, 0.0, 1, 2));
        p.MeanClvRaw.Should().BeApproximately((2.00 / 1.90 - 1 + (2.20 / 2.00 - 1)) / 2, 1e-9);
        p.MeanClvProbability.Should().BeApproximately((1 / 1.90 - 1 / 2.00 + (1 / 2.00 - 1 / 2.20)) / 2, 1e-9);
        (summary.OpenExposure, summary.PendingCount, summary.TodayProfit).Should().Be((30m, 1, -50m));
        summary.WeekProfit.Should().Be(Rows.Where(r => r.IsSettled && r.SettledAt(summary.AsOf) >= summary.WeekStart).Sum(r => r.Profit));
    }

    [Fact]
    public async Task Summary_Last7Days_KeepsTheBetsSettledSinceButAllPendingOnes()
    {
        var member = await Api.RegisterAsync(Ct);
        await Api.SeedAnalyticsBetsAsync(member, Ct);

        var week = await GetAsync<BettingSummaryDto>(member, "summary?period=7d");
        var month = await GetAsync<BettingSummaryDto>(member, "summary?period=30D");

        (week.Period, week.Performance.Settled, week.Performance.Staked, week.Performance.Profit, week.Performance.Roi,
            week.Performance.HitRate).Should().Be(("7d", 4, 350m, 90m, 0.257143m, 0.666667m));
        week.Counts.Should().Be(new StatusCountsDto(1, 1, 1, 1, 0, 1, 1));
        (week.OpenExposure, month.Performance.Staked, month.Performance.Profit).Should().Be((30m, 450m, 40m));
    }

    [Fact]
    public async Task Summary_ThreeCurrencies_ReadsOneAndNamesTheOthersMostUsedFirst()
    {
        var member = await Api.RegisterAsync(Ct);
        Row[] foreign = [new("b365", null, BetResult.Won, 3.00m, 10m, 1), new("pinnacle", "alpha", null, 2.00m, 20m, 0)];
        await Api.SeedAnalyticsBetsAsync(member,
            [.. Rows.Select(r => (r, "EUR")), .. foreign.Select(r => (r, "USD")), .. foreign.Select(r => (r, "GBP"))], Ct);

        var most = await GetAsync<BettingSummaryDto>(member, "summary");
        var pounds = await GetAsync<BettingSummaryDto>(member, "summary?currency=gbp");
        var francs = await GetAsync<BettingSummaryDto>(member, "summary?currency=CHF");

        (most.Currency, most.Performance.Staked, most.Performance.Profit, most.OpenExposure).Should().Be(("EUR", 490m, 100m, 30m));
        most.OtherCurrencies.Should().Equal("GBP", "USD");
        (pounds.Currency, pounds.Performance.Settled, pounds.Performance.Profit, pounds.OpenExposure, pounds.TodayProfit)
            .Should().Be(("GBP", 1, 20m, 20m, 0m));
        pounds.Counts.Should().Be(new StatusCountsDto(Pending: 1, Won: 1, HalfWon: 0, Push: 0, HalfLost: 0, Lost: 0, Void: 0));
        pounds.OtherCurrencies.Should().Equal("EUR", "USD");
        (francs.Currency, francs.Performance, francs.OpenExposure, francs.Counts.Pending).Should().Be(("CHF", PerformanceDto.Empty, 0m, 0));
        francs.OtherCurrencies.Should().Equal("EUR", "GBP", "USD");
    }

    [Fact]
    public async Task Groups_ByBookmakerAndAgent_SumToTheTotals()
    {
        var member = await Api.RegisterAsync(Ct);
        await Api.SeedAnalyticsBetsAsync(member, Ct);

        var books = await GetAsync<BookmakerPerformanceListDto>(member, "bookmakers");
        var agents = await GetAsync<AgentPerformanceListDto>(member, "agents");

        books.Items.Select(b => (b.BookmakerKey, b.Performance.Settled, b.Performance.Staked, b.Performance.Profit, b.Performance.Roi))
            .Should().Equal(("pinnacle", 3, 250m, 0m, 0m), ("b365", 3, 240m, 100m, 0.416667m));
        agents.Items.Select(a => (a.AgentKey, a.Performance.Settled, a.Performance.Staked, a.Performance.Profit, a.MaxDrawdown, a.Days))
            .Should().Equal((null, 3, 240m, 10m, 50m, 3), ("alpha", 2, 150m, 50m, 50m, 2), ("beta", 1, 100m, 40m, 0m, 1));
        books.Items.Sum(b => b.Performance.Profit).Should().Be(100m);
        agents.Items.Sum(a => a.Performance.Staked).Should().Be(490m);
        agents.Items.Select(a => a.Sharpe).Should().Equal(0.320256, 0.0, null);
    }

    [Fact]
    public async Task BankrollSeries_AllTime_CumulatesDailyProfitWithItsDrawdown()
    {
        var member = await Api.RegisterAsync(Ct);
        await Api.SeedAnalyticsBetsAsync(member, Ct);

        var series = await GetAsync<BankrollSeriesDto>(member, "bankroll-series");

        var now = series.Points[^1].Date;
        series.Points.Select(p => (now.DayNumber - p.Date.DayNumber, p.Settled, p.Profit, p.CumulativeProfit)).Should().Equal(
            (60, 1, 60m, 60m), (10, 1, -50m, 10m), (5, 1, 40m, 50m), (3, 1, 0m, 50m), (2, 1, 100m, 150m), (0, 1, -50m, 100m));
        (series.TotalProfit, series.MaxDrawdown).Should().Be((100m, 50m));
    }

    [Fact]
    public async Task WinRateAndHeatmap_AllTime_CountEverySettledBetOnce()
    {
        var member = await Api.RegisterAsync(Ct);
        await Api.SeedAnalyticsBetsAsync(member, Ct);
        var now = Api.Time.GetUtcNow();

        var weeks = await GetAsync<WinRateDto>(member, "win-rate?bucket=week");
        var months = await GetAsync<WinRateDto>(member, "win-rate?bucket=month");
        var heatmap = await GetAsync<PlacementHeatmapDto>(member, "heatmap");

        weeks.Points.Should().OnlyContain(p => p.Start.DayOfWeek == DayOfWeek.Monday);
        months.Points.Should().OnlyContain(p => p.Start.Day == 1);
        foreach (var points in new[] { weeks.Points, months.Points })
            (points.Sum(p => p.Settled), points.Sum(p => p.Wins), points.Sum(p => p.Pushes)).Should().Be((6, 3, 1));
        var expected = Rows.Where(r => r.IsSettled)
            .GroupBy(r => ((int)r.PlacedAt(now).DayOfWeek + 6) % 7 + 1 + "@" + r.PlacedAt(now).Hour)
            .Select(g => (g.Key, g.Count(), g.Sum(r => r.Profit)));
        heatmap.Items.Select(c => (c.DayOfWeek + "@" + c.Hour, c.Count, c.Profit)).Should().BeEquivalentTo(expected);
    }

    [Fact]
    public async Task Filters_BookmakerAndAgent_KeepTheirBetsOnly()
    {
        var member = await Api.RegisterAsync(Ct);
        await Api.SeedAnalyticsBetsAsync(member, Ct);

        var b365 = await GetAsync<BettingSummaryDto>(member, "summary?bookmaker=b365");
        var alpha = await GetAsync<BettingSummaryDto>(member, "summary?agent=alpha");

        (b365.Performance.Staked, b365.Performance.Profit, b365.OpenExposure).Should().Be((240m, 100m, 0m));
        (alpha.Performance.Staked, alpha.Performance.Profit, alpha.OpenExposure).Should().Be((150m, 50m, 30m));
    }

    [Fact]
    public async Task Analytics_AsViewerAndAsStranger_ViewerReadsTheOrganizationStrangerNothing()
    {
        var (admin, viewer) = await Api.RegisterWithMemberAsync(Roles.Viewer, Ct);
        var stranger = await Api.RegisterAsync(Ct);
        await Api.SeedAnalyticsBetsAsync(admin, Ct);

        var seen = await GetAsync<BettingSummaryDto>(viewer, "summary");
        var unseen = await GetAsync<BettingSummaryDto>(stranger, "summary");
        var unseenBooks = await GetAsync<BookmakerPerformanceListDto>(stranger, "bookmakers");

        (seen.Performance.Profit, seen.Performance.Staked).Should().Be((100m, 490m));
        (unseen.Currency, unseen.Performance, unseen.OpenExposure, unseen.Counts.Pending).Should().Be((null, PerformanceDto.Empty, 0m, 0));
        unseenBooks.Items.Should().BeEmpty();
    }

    [Theory]
    [InlineData("summary?period=1y", "period")]
    [InlineData("agents?period=week", "period")]
    [InlineData("win-rate?bucket=year", "bucket")]
    [InlineData("heatmap?currency=EURO", "currency")]
    public async Task Analytics_BadFilter_Returns400NamingTheField(string query, string field)
    {
        var invalid = await Api.InvalidFieldsOfAsync($"{Url}/{query}", Ct);

        invalid.Should().Equal(field);
    }

    [Fact]
    public async Task Analytics_Anonymous_Returns401()
    {
        var response = await Api.CreateClient().GetAsync($"{Url}/summary", Ct);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private static async Task<T> GetAsync<T>(Caller caller, string query) =>
        await (await caller.Client.GetAsync($"{Url}/{query}", Ct)).ShouldBeAsync<T>(HttpStatusCode.OK);
}

[Collection(PostgresApi.Name)]
public sealed class AnalyticsPostgresTests(PostgresApiFactory api) : AnalyticsTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class AnalyticsSqliteTests(SqliteApiFactory api) : AnalyticsTests<SqliteApiFactory>(api);
