namespace CleanPlatform.Application.Betting.Analytics.Common;

/// <summary>
/// One UTC day of settled bets, summed in SQL: of an agent (<see cref="Agent"/>, null for bets recorded by hand) or of
/// every bet in the scope. <see cref="Day"/> counts days since the Unix epoch.
/// </summary>
public sealed record DayFigures(string? Agent, long Day, int Settled, int Wins, int Pushes, decimal Staked, decimal? Profit)
{
    public DateOnly Date => DateOnly.FromDateTime(DateTime.UnixEpoch.AddDays(Day));

    public decimal ProfitOrZero => Profit ?? 0m;
}
