using static CleanPlatform.Domain.UnitTests.Betting.Prices;

namespace CleanPlatform.Domain.UnitTests.Betting;

public sealed class ForecastScoresTests
{
    [Fact]
    public void Brier_OneEvent_SumsSquaredErrorsWithoutDividingByOutcomes()
    {
        var brier = ForecastScores.Brier([new ForecastOutcome([0.5, 0.3, 0.2], 0)]);

        brier.Should().BeApproximately(0.38, 1e-12);
    }

    [Fact]
    public void Brier_SeveralEvents_AveragesOverEvents()
    {
        var brier = ForecastScores.Brier([new ForecastOutcome([0.5, 0.3, 0.2], 0), new ForecastOutcome([0.5, 0.3, 0.2], 2)]);

        brier.Should().BeApproximately((0.38 + 0.98) / 2, 1e-12);
    }

    [Fact]
    public void LogLoss_Events_AveragesMinusLogOfTheActualOutcome()
    {
        var logLoss = ForecastScores.LogLoss([new ForecastOutcome([0.5, 0.5], 0), new ForecastOutcome([0.8, 0.2], 0)]);

        logLoss.Should().BeApproximately((0.693147 + 0.223144) / 2, SixDecimals);
    }

    [Fact]
    public void LogLoss_ZeroOnTheActualOutcome_IsClampedAtOneInAQuadrillion()
    {
        var logLoss = ForecastScores.LogLoss([new ForecastOutcome([1.0, 0.0], 1)]);

        logLoss.Should().BeApproximately(-Math.Log(1e-15), 1e-9);
    }

    [Fact]
    public void ForecastOutcome_ActualOutsideTheForecast_Throws()
    {
        var act = () => new ForecastOutcome([0.5, 0.5], 2);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
