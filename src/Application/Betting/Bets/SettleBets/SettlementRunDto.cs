namespace CleanPlatform.Application.Betting.Bets.SettleBets;

/// <summary>
/// What a settlement run did: bets settled on a final score, bets voided (event cancelled, or postponed and not played
/// within 36 h of kick-off), and bets skipped because they changed while the run ran (edited or voided by hand).
/// </summary>
public sealed record SettlementRunDto(int Settled, int Voided, int Skipped);
