namespace CleanPlatform.Domain.Betting;

/// <summary>
/// Which selections and lines a market offers. The line is the one offered to the backed selection: 0 for 1X2 and
/// moneylines; the total for totals (above 0); the backed side's own handicap for Asian handicaps and spreads, so
/// an away bet at a home line of −0.5 is recorded at +0.5 (betting.md §4: the away line is minus the home line).
/// Asian handicaps and totals move in quarter steps, spreads in half points.
/// </summary>
public static class BetLines
{
    /// <summary>The largest handicap or total accepted.</summary>
    public const decimal MaxLine = 999.75m;

    /// <summary>Whether <paramref name="market"/> offers <paramref name="selection"/>.</summary>
    public static bool Offers(MarketKind market, Selection selection) => market switch
    {
        MarketKind.MatchResult => selection is Selection.Home or Selection.Draw or Selection.Away,
        MarketKind.Totals => selection is Selection.Over or Selection.Under,
        MarketKind.Moneyline or MarketKind.Spread or MarketKind.AsianHandicap => selection is Selection.Home or Selection.Away,
        _ => false,
    };

    /// <summary>Whether <paramref name="line"/> is a line <paramref name="market"/> can have.</summary>
    public static bool IsValid(MarketKind market, decimal line) => Math.Abs(line) <= MaxLine && market switch
    {
        MarketKind.MatchResult or MarketKind.Moneyline => line == 0m,
        MarketKind.Totals => line > 0m && IsMultipleOf(line, 0.25m),
        MarketKind.AsianHandicap => IsMultipleOf(line, 0.25m),
        MarketKind.Spread => IsMultipleOf(line, 0.5m),
        _ => false,
    };

    /// <summary>What a valid line of <paramref name="market"/> looks like, for messages.</summary>
    public static string Describe(MarketKind market) => market switch
    {
        MarketKind.MatchResult or MarketKind.Moneyline => $"A {market} bet has no line: send 0.",
        MarketKind.Totals => $"A total is above 0, in steps of 0.25, at most {MaxLine}.",
        MarketKind.AsianHandicap => $"An Asian handicap moves in steps of 0.25, between −{MaxLine} and {MaxLine}.",
        _ => $"A spread moves in steps of 0.5, between −{MaxLine} and {MaxLine}.",
    };

    /// <summary>Refuses a selection the market does not offer or a line it cannot have.</summary>
    /// <exception cref="DomainException"><c>bet.selection_not_in_market</c> or <c>bet.line_invalid</c>.</exception>
    public static void Check(MarketKind market, Selection selection, decimal line)
    {
        if (!Offers(market, selection))
            throw new DomainException("bet.selection_not_in_market", $"A {market} market has no {selection} selection.");
        if (!IsValid(market, line))
            throw new DomainException("bet.line_invalid", Describe(market));
    }

    /// <summary>
    /// The line odds snapshots store the pick's market at: a handicap's home line for both sides (an away bet at +0.5
    /// is priced in the market stored at −0.5); the bet's own line otherwise.
    /// </summary>
    public static decimal StoredLine(MarketKind market, Selection selection, decimal line) =>
        market is MarketKind.AsianHandicap or MarketKind.Spread && selection == Selection.Away && line != 0m ? -line : line;

    private static bool IsMultipleOf(decimal line, decimal step) => line % step == 0m;
}
