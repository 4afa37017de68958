namespace CleanPlatform.Domain.Betting;

/// <summary>A price an agent may back and the fair probability it puts on the outcome.</summary>
/// <param name="Probability">The fair probability <c>p</c> of the outcome.</param>
/// <param name="Odds">The decimal odds offered.</param>
public readonly record struct BetCandidate(double Probability, Odds Odds)
{
    /// <summary>The fair probability <c>p</c> of the outcome.</summary>
    public double Probability { get; } = Probability;

    /// <summary>The decimal odds offered.</summary>
    public Odds Odds { get; } = Odds;
}
