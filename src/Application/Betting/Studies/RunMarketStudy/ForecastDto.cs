using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.RunMarketStudy;

/// <summary>
/// How well one bookmaker's 1X2 prices, devigged multiplicatively, forecast the results: the mean Brier score (0–2,
/// not divided by the outcome count) and the mean log-loss.
/// </summary>
public sealed record ForecastDto(string Bookmaker, SnapshotKind Snapshot, int Matches, double Brier, double LogLoss);
