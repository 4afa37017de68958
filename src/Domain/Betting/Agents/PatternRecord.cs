namespace CleanPlatform.Domain.Betting.Agents;

/// <summary>A segment's history: how many matches, how many it won, and how many the consensus expected it to win.</summary>
public sealed class PatternRecord
{
    public int Matches { get; private set; }

    public int Wins { get; private set; }

    /// <summary>Σ of the consensus probabilities at decision time.</summary>
    public double Expected { get; private set; }

    /// <summary>Adds one past match: whether the selection won, and the probability the consensus gave it.</summary>
    public void Add(bool won, double probability)
    {
        Matches++;
        Wins += won ? 1 : 0;
        Expected += probability;
    }

    /// <summary>The segment's edge over the consensus, shrunk: <c>(wins − expected) / (n + k)</c>.</summary>
    public double ShrunkEdge(int priorWeight) => (Wins - Expected) / (Matches + priorWeight);
}
