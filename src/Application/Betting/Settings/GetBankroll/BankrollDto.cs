namespace CleanPlatform.Application.Betting.Settings.GetBankroll;

/// <summary>
/// The bankroll in the settings' currency: <c>Current = Initial + SettledProfit</c>, <c>Available = Current −
/// OpenStakes</c>, <c>OpenShare = OpenStakes / Current</c> (to 6 decimals). Bets in another currency are left out of
/// every sum and counted in <c>OtherCurrencyBets</c>.
/// </summary>
public sealed record BankrollDto(
    MoneyDto Initial, MoneyDto SettledProfit, MoneyDto Current, MoneyDto OpenStakes, MoneyDto Available, decimal OpenShare,
    int PendingBets, int SettledBets, int OtherCurrencyBets);
