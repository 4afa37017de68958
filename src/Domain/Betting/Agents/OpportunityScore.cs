namespace CleanPlatform.Domain.Betting.Agents;

/// <summary>
/// An opportunity's score from 0 to 100 and its label. The score is
/// <c>100 × (0.35·E + 0.25·A + 0.15·O + 0.10·T + 0.15·M)</c>, rounded, where each factor runs from 0 to 1:
/// <list type="bullet">
/// <item><c>E</c>, edge: EV ÷ 10 %, capped at 1;</item>
/// <item><c>A</c>, agreement: the other agreeing agents' consensus weights summed, ÷ 2, capped at 1 (alone: 0);</item>
/// <item><c>O</c>, odds level: 1 between 1.50 and 4.00, falling to 0 at 1.00 and at 10.00 (long shots are noisy);</item>
/// <item><c>T</c>, time to kick-off: 1 within 6 hours, falling to 0.2 at 72 hours and beyond (later prices know more);</item>
/// <item><c>M</c>, market margin: 1 at 2 % or less, 0 at 10 % or more.</item>
/// </list>
/// The label is <see cref="OpportunityLabel.Analyser"/> from 50 up with an EV of at most 25 %, else
/// <see cref="OpportunityLabel.Prudence"/>.
/// </summary>
public static class OpportunityScore
{
    /// <summary>An EV above this is more likely a stale or mistaken price than value.</summary>
    public const decimal SuspiciousExpectedValue = 0.25m;

    /// <summary>The lowest score labelled <see cref="OpportunityLabel.Analyser"/>.</summary>
    public const int AnalyserFrom = 50;

    public static int Of(decimal expectedValue, double agreement, Odds odds, TimeSpan toKickOff, double margin)
    {
        var edge = Math.Clamp((double)expectedValue / 0.10, 0, 1);
        var agree = Math.Clamp(agreement / 2, 0, 1);
        var price = (double)odds.Value;
        var level = price < 1.5 ? Math.Clamp((price - 1) / 0.5, 0, 1) : price <= 4 ? 1 : Math.Clamp(1 - ((price - 4) / 6), 0, 1);
        var hours = Math.Max(toKickOff.TotalHours, 0);
        var time = hours <= 6 ? 1 : Math.Max(0.2, 1 - (0.8 * (hours - 6) / 66));
        var market = Math.Clamp((0.10 - margin) / 0.08, 0, 1);
        var score = 100 * ((0.35 * edge) + (0.25 * agree) + (0.15 * level) + (0.10 * time) + (0.15 * market));
        return (int)Math.Round(Math.Clamp(score, 0, 100), MidpointRounding.AwayFromZero);
    }

    public static OpportunityLabel LabelOf(int score, decimal expectedValue) =>
        score >= AnalyserFrom && expectedValue <= SuspiciousExpectedValue ? OpportunityLabel.Analyser : OpportunityLabel.Prudence;
}
