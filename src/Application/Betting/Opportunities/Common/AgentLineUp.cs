using CleanPlatform.Domain.Betting.Agents;

namespace CleanPlatform.Application.Betting.Opportunities.Common;

/// <summary>The detection agents switched on, tuned by one set of rules. The pattern matcher learns as it is fed.</summary>
public sealed class AgentLineUp
{
    /// <summary>Every agent key, in the order they run.</summary>
    public static IReadOnlyList<string> Keys { get; } = [AnomalyDetector.AgentKey, SpreadOptimizer.AgentKey, PatternMatcher.AgentKey];

    public AgentLineUp(AgentRules rules, IReadOnlyCollection<string> enabled)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(enabled);
        IDetectionAgent[] all = [new AnomalyDetector(rules), new SpreadOptimizer(rules), Pattern = new PatternMatcher(rules)];
        Agents = [.. all.Where(a => enabled.Contains(a.Key))];
    }

    public IReadOnlyList<IDetectionAgent> Agents { get; }

    /// <summary>The pattern matcher, to be taught completed matches whether or not it is switched on.</summary>
    public PatternMatcher Pattern { get; }

    /// <summary>Teaches the pattern matcher a completed event.</summary>
    public void Learn(AgentEvent completed)
    {
        ArgumentNullException.ThrowIfNull(completed);
        if (completed.Score is not { } score)
            return;
        foreach (var board in completed.Boards)
            Pattern.Learn(board, score);
    }
}
