using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.RunMarketStudy;

/// <summary>Adds up one-unit bets: count, full wins and profit.</summary>
internal sealed class FlatStakeTally
{
    public int Bets { get; private set; }

    public int Wins { get; private set; }

    public decimal Profit { get; private set; }

    public void Add(Settlement settlement)
    {
        if (!settlement.CountsInTurnover)
            return;
        Bets++;
        if (settlement.Result == BetResult.Won)
            Wins++;
        Profit += settlement.Profit;
    }

    /// <summary>Adds another tally's bets: the same bets counted together.</summary>
    public void Add(FlatStakeTally other)
    {
        Bets += other.Bets;
        Wins += other.Wins;
        Profit += other.Profit;
    }

    public double? Roi => Bets == 0 ? null : (double)(Profit / Bets);

    public FlatStakeOutcomeDto ToDto(Selection? selection) => new(selection, Bets, Wins, Profit, Roi);
}
