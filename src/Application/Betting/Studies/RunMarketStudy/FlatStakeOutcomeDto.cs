using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.RunMarketStudy;

/// <summary>
/// One unit on one outcome of every market priced in full (<paramref name="Selection"/> null: on every outcome):
/// bets, full wins, profit and ROI = profit ÷ stakes.
/// </summary>
public sealed record FlatStakeOutcomeDto(Selection? Selection, int Bets, int Wins, decimal Profit, double? Roi);
