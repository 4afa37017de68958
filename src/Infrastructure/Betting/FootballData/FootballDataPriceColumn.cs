using CleanPlatform.Application.Betting.ImportFootballData;

namespace CleanPlatform.Infrastructure.Betting.FootballData;

internal readonly record struct FootballDataPriceColumn(FootballDataOutcome Outcome, FootballDataColumn Column);
