namespace CleanPlatform.Domain.Betting;

/// <summary>What a bet backs: a selection of a market at the line offered to it (see <see cref="BetLines"/>).</summary>
/// <param name="Market">The market.</param>
/// <param name="Selection">The backed selection.</param>
/// <param name="Line">The backed selection's own line; 0 for markets without one.</param>
public readonly record struct BetPick(MarketKind Market, Selection Selection, decimal Line)
{
    /// <summary>The market.</summary>
    public MarketKind Market { get; } = Market;

    /// <summary>The backed selection.</summary>
    public Selection Selection { get; } = Selection;

    /// <summary>The backed selection's own line.</summary>
    public decimal Line { get; } = Line;
}
