using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.Studies.RunMarketStudy;

/// <summary>Adds up one-unit Asian handicap bets by how they ended.</summary>
internal sealed class HandicapTally
{
    private readonly int[] _results = new int[Enum.GetValues<BetResult>().Length];

    public int Bets { get; private set; }

    public decimal Profit { get; private set; }

    public void Add(Settlement settlement)
    {
        Bets++;
        Profit += settlement.Profit;
        _results[(int)settlement.Result]++;
    }

    public HandicapStudyDto ToDto(string bookmaker, SnapshotKind snapshot, Selection selection) =>
        new(bookmaker, snapshot, selection, Bets, Profit, Bets == 0 ? null : (double)(Profit / Bets),
            Count(BetResult.Won), Count(BetResult.HalfWon), Count(BetResult.Push), Count(BetResult.HalfLost),
            Count(BetResult.Lost));

    private int Count(BetResult result) => _results[(int)result];
}
