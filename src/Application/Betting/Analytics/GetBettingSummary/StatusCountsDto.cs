namespace CleanPlatform.Application.Betting.Analytics.GetBettingSummary;

/// <summary>Bets by status: pending ones whenever placed, the others settled or voided in the period.</summary>
public sealed record StatusCountsDto(int Pending, int Won, int HalfWon, int Push, int HalfLost, int Lost, int Void);
