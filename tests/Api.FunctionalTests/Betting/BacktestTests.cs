using AwesomeAssertions.Execution;
using CleanPlatform.Application.Betting.Studies.RunBacktest;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Api.FunctionalTests.Betting;

/// <summary>The backtest endpoint reproduces betting.md §10's value bets and ¼-Kelly simulation from the imported seasons.</summary>
public abstract class BacktestTests<TFactory>(TFactory api) : ApiTest<TFactory>(api) where TFactory : ApiFactory
{
    private const double Precision = 1e-6;
    private const double KellyPrecision = 1e-4;
    private const string Url = "/api/v1/betting/studies/backtest";

    [Fact]
    public async Task ValueRule_OfEachSeasonAndBoth_GivesTheReferenceFigures()
    {
        var owner = await ReferenceSeasons.ImportAsync(Api, Ct);

        foreach (var season in ReferenceFigures.Seasons)
        {
            var expected = ReferenceFigures.Of[season];
            var filter = ReferenceSeasons.Filter(season);
            var above0 = await BacktestAsync(owner, $"{filter}&minimumEv=0");
            var above2 = await BacktestAsync(owner, $"{filter}&minimumEv=0.02");
            var kelly = await BacktestAsync(owner, $"{filter}&minimumEv=0.02&staking=Kelly&kellyMultiplier=0.25&bankroll=1000");

            using var scope = new AssertionScope(season);
            (above0.Bets, above0.Wins).Should().Be((expected.ValueAbove0.Bets, expected.ValueAbove0.Wins));
            above0.Yield!.Value.Should().BeApproximately(expected.ValueAbove0.Roi, Precision);
            (above2.Bets, above2.Wins).Should().Be((expected.ValueAbove2.Bets, expected.ValueAbove2.Wins));
            above2.Yield!.Value.Should().BeApproximately(expected.ValueAbove2.Roi, Precision);
            above2.Turnover.Should().Be(expected.ValueAbove2.Bets, "one unit a bet");

            kelly.Bets.Should().Be(expected.KellyBets);
            ((double)kelly.FinalBankroll).Should().BeApproximately(expected.KellyBank, KellyPrecision);
            ((double)kelly.Turnover).Should().BeApproximately(expected.KellyStakes, KellyPrecision);
            kelly.Yield!.Value.Should().BeApproximately(expected.KellyYield, KellyPrecision);
            kelly.MaxDrawdown.Should().BeApproximately(expected.KellyDrawdown, KellyPrecision);
            kelly.Items[^1].BankrollAfter.Should().Be(kelly.FinalBankroll, "the equity curve ends at the final bankroll");
        }
    }

    [Fact]
    public async Task ValueRule_BetsInKickOffOrderWithClosingLineValue_AndFewerUnderEveryMethod()
    {
        var owner = await ReferenceSeasons.ImportAsync(Api, Ct, FootballDataUploads.Season2023);

        var backtest = await BacktestAsync(owner, "minimumEv=0.02");
        var worstCase = await BacktestAsync(owner, "minimumEv=0.02&worstCase=true");
        var capped = await BacktestAsync(owner, "minimumEv=0.02&staking=Kelly&kellyCap=0.01&bankroll=1000");

        backtest.Items.Select(b => b.KickOffUtc).Should().BeInAscendingOrder();
        backtest.Items.Should().OnlyContain(b => b.ExpectedValue > 0.02m && b.Market == MarketKind.MatchResult && b.ClvFair != null);
        backtest.ClosingLineValue.Bets.Should().Be(backtest.Bets);
        backtest.ClosingLineValue.Distribution.Sum(b => b.Count).Should().Be(backtest.Bets);
        backtest.ClosingPriceYield.Should().NotBeNull();
        worstCase.Bets.Should().BeGreaterThan(0).And.BeLessThan(backtest.Bets);
        worstCase.Items.Select(b => (b.EventId, b.Selection)).Should()
            .BeSubsetOf(backtest.Items.Select(b => (b.EventId, b.Selection)));
        capped.Items.Should().OnlyContain(b => b.Stake <= 0.01m * (b.BankrollAfter - b.Profit) + 0.0000001m);
    }

    [Theory]
    [InlineData("stake=0", "stake")]
    [InlineData("bankroll=-5", "bankroll")]
    [InlineData("kellyCap=2", "kellyCap")]
    [InlineData("staking=Martingale", "staking")]
    [InlineData("method=Guess", "method")]
    public async Task Backtest_WithABadParameter_IsABadRequestNamingIt(string parameter, string field)
    {
        var invalid = await Api.InvalidFieldsOfAsync($"{Url}?{parameter}", Ct);

        invalid.Should().Contain(name => name.Equals(field, StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<BacktestDto> BacktestAsync(Caller caller, string query) =>
        await (await caller.Client.GetAsync($"{Url}?{query}", Ct)).ShouldBeAsync<BacktestDto>(HttpStatusCode.OK);
}

[Collection(PostgresApi.Name)]
public sealed class BacktestPostgresTests(PostgresApiFactory api) : BacktestTests<PostgresApiFactory>(api);

[Collection(SqliteApi.Name)]
public sealed class BacktestSqliteTests(SqliteApiFactory api) : BacktestTests<SqliteApiFactory>(api);
