namespace CleanPlatform.Domain.Betting;

/// <summary>How a bookmaker's margin is taken out of its prices to estimate fair probabilities (betting.md §2).</summary>
public enum DevigMethod
{
    /// <summary><c>p_i = π_i / B</c>: the margin in proportion to each price. The default, and the only one for an arbitrage book.</summary>
    Multiplicative,

    /// <summary><c>p_i = π_i − (B − 1)/n</c>: the same margin on every outcome; can fail on long shots.</summary>
    Additive,

    /// <summary><c>p_i = π_i^k</c>: more margin on long shots (favourite–long-shot bias).</summary>
    Power,

    /// <summary>Shin's model: a share <c>z</c> of insider money the book protects itself against.</summary>
    Shin,

    /// <summary><c>p_i = π_i / (c + π_i − c·π_i)</c>: the same odds ratio <c>c</c> between implied and fair on every outcome.</summary>
    OddsRatio,
}
