namespace CleanPlatform.Domain.Betting.Goals;

/// <summary>
/// A devigged closing market a goal model is fitted to: its kind, its line as odds snapshots store it (the total, or the
/// home side's handicap; 0 for 1X2) and the fair probability of each outcome in market order (H, D, A; over, under;
/// home, away).
/// </summary>
/// <param name="Market">1X2, totals or Asian handicap.</param>
/// <param name="Line">The stored line.</param>
/// <param name="Probabilities">The fair probabilities, in market order.</param>
public sealed record FairMarket(MarketKind Market, decimal Line, IReadOnlyList<double> Probabilities)
{
    /// <summary>1X2, totals or Asian handicap.</summary>
    public MarketKind Market { get; } = Market;

    /// <summary>The stored line.</summary>
    public decimal Line { get; } = Line;

    /// <summary>The fair probabilities, in market order.</summary>
    public IReadOnlyList<double> Probabilities { get; } = Probabilities;

    /// <summary>The multiplicative devig of <paramref name="prices"/> (betting.md §2), a closing market at <paramref name="line"/>.</summary>
    public static FairMarket Devig(MarketKind market, decimal line, MarketPrices prices) =>
        new(market, line, MultiplicativeDevig.Probabilities(prices));

    /// <summary>The selections of <paramref name="market"/> in market order; empty for markets a goal model cannot price.</summary>
    public static IReadOnlyList<Selection> OutcomesOf(MarketKind market) => market switch
    {
        MarketKind.MatchResult => ThreeWay,
        MarketKind.Totals => OverUnder,
        MarketKind.AsianHandicap => HomeAway,
        _ => None,
    };

    /// <summary>
    /// The own line of <paramref name="selection"/> when the market is stored at <paramref name="line"/>: an away
    /// handicap is minus the home one (betting.md §4).
    /// </summary>
    public static decimal OwnLine(MarketKind market, Selection selection, decimal line) =>
        market == MarketKind.AsianHandicap && selection == Selection.Away ? -line : line;

    // Lists, not array literals: the Domain keeps no compiler-generated constant data.
    private static readonly IReadOnlyList<Selection> ThreeWay = new List<Selection> { Selection.Home, Selection.Draw, Selection.Away };
    private static readonly IReadOnlyList<Selection> OverUnder = new List<Selection> { Selection.Over, Selection.Under };
    private static readonly IReadOnlyList<Selection> HomeAway = new List<Selection> { Selection.Home, Selection.Away };
    private static readonly IReadOnlyList<Selection> None = new List<Selection>();
}
