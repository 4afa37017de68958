namespace CleanPlatform.Domain.Betting.Agents;

/// <summary>
/// What the agents are tuned with. <see cref="Threshold"/> is θ of the value rule (betting.md §3): a signal needs
/// EV &gt; θ. The spread optimizer devigs the sharp book with <see cref="Method"/>, or under the worst of every
/// applicable method when <see cref="WorstCase"/> is set.
/// </summary>
public sealed class AgentRules(
    decimal threshold = ValueRule.DefaultThreshold, DevigMethod method = DevigMethod.Multiplicative, bool worstCase = true,
    string sharpBookmaker = "pinnacle", int anomalyMinimumOthers = 3, double anomalyDeviations = 2.0,
    int patternMinimumSample = 50, int patternPriorWeight = 50)
{
    /// <summary>The rules with the platform's defaults.</summary>
    public static AgentRules Default { get; } = new();

    /// <summary>θ: the EV a price must exceed (default 2 %).</summary>
    public decimal Threshold { get; } = threshold;

    /// <summary>The devig method of the spread optimizer's sharp book.</summary>
    public DevigMethod Method { get; } = method;

    /// <summary>Whether the spread optimizer needs EV &gt; θ under every applicable method (the robust rule).</summary>
    public bool WorstCase { get; } = worstCase;

    /// <summary>The sharp book whose devigged prices are the spread optimizer's fair probabilities.</summary>
    public string SharpBookmaker { get; } = sharpBookmaker;

    /// <summary>The anomaly detector compares a book with at least this many others.</summary>
    public int AnomalyMinimumOthers { get; } = anomalyMinimumOthers;

    /// <summary>How many standard deviations above the other books' mean a price must be to be an anomaly.</summary>
    public double AnomalyDeviations { get; } = anomalyDeviations;

    /// <summary>The pattern matcher trusts a segment after this many past matches.</summary>
    public int PatternMinimumSample { get; } = patternMinimumSample;

    /// <summary>The pattern matcher's shrinkage: the segment's edge is divided by <c>n + k</c>, not <c>n</c>.</summary>
    public int PatternPriorWeight { get; } = patternPriorWeight;
}
