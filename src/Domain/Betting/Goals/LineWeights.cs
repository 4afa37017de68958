namespace CleanPlatform.Domain.Betting.Goals;

/// <summary>
/// The result (<see cref="BetResult"/> as an index) of one selection at one line on every score of the grid: the grading
/// does not depend on the goal means, so a fit grades each market once and re-weighs it at every step.
/// </summary>
internal sealed class LineWeights
{
    private readonly int[,] _results;

    private LineWeights(int[,] results) => _results = results;

    public int this[int home, int away] => _results[home, away];

    /// <exception cref="DomainException"><c>goal_model.market_not_priced</c> for a market the model does not price.</exception>
    public static LineWeights Of(MarketKind market, Selection selection, decimal line)
    {
        if (FairMarket.OutcomesOf(market).Count == 0)
            throw new DomainException("goal_model.market_not_priced", $"A goal model does not price a {market} market.");
        var results = new int[ScoreGrid.MaxGoals + 1, ScoreGrid.MaxGoals + 1];
        for (var i = 0; i <= ScoreGrid.MaxGoals; i++)
        {
            for (var j = 0; j <= ScoreGrid.MaxGoals; j++)
                results[i, j] = (int)BetGrading.Of(market, selection, line, new Score(i, j)).Result;
        }

        return new LineWeights(results);
    }
}
