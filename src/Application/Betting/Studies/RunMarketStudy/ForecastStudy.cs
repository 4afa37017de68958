using CleanPlatform.Application.Betting.Studies.Common;
using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.RunMarketStudy;

/// <summary>Brier score and log-loss of each bookmaker's 1X2 prices, devigged multiplicatively.</summary>
internal static class ForecastStudy
{
    public static IReadOnlyList<ForecastDto> Of(IReadOnlyList<StudyMatch> matches)
    {
        var forecasts = new Dictionary<(string, SnapshotKind), List<ForecastOutcome>>();
        foreach (var match in matches)
        {
            var actual = (int)MatchGrading.OutcomeOf(match.Score);
            foreach (var (key, quote) in match.Quotes)
            {
                if (key.Market != MarketKind.MatchResult || quote.PricesFor(key.Market) is not { } prices)
                    continue;
                var group = (key.Bookmaker, key.Snapshot);
                if (!forecasts.TryGetValue(group, out var list))
                    forecasts[group] = list = [];
                list.Add(new ForecastOutcome(MultiplicativeDevig.Probabilities(prices), actual));
            }
        }

        return [.. forecasts
            .Select(f => new ForecastDto(f.Key.Item1, f.Key.Item2, f.Value.Count, ForecastScores.Brier(f.Value),
                ForecastScores.LogLoss(f.Value)))
            .OrderBy(f => f.Bookmaker, StringComparer.Ordinal).ThenBy(f => f.Snapshot)];
    }
}
