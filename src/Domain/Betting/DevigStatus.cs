namespace CleanPlatform.Domain.Betting;

/// <summary>Whether a devig method gave fair probabilities for a market.</summary>
public enum DevigStatus
{
    /// <summary>The method gave probabilities that sum to 1.</summary>
    Applicable,

    /// <summary>The method does not apply to this market: an arbitrage book (<c>B ≤ 1</c>) for every method but multiplicative.</summary>
    NotApplicable,

    /// <summary>The method applies but its answer is not a probability (additive giving <c>p ≤ 0</c> on a long shot).</summary>
    Invalid,
}
