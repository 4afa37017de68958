using CleanPlatform.Application.Betting.OddsFeed;
using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Common;
using CleanPlatform.Infrastructure.Betting.OddsApi.Dtos;

namespace CleanPlatform.Infrastructure.Betting.OddsApi;

/// <summary>
/// Reads one bookmaker's market. Outcomes are matched by name (the event's home and away team, <c>Draw</c>,
/// <c>Over</c>, <c>Under</c>), never by position; a market with an unknown name, a selection twice or missing, a
/// missing point or a price that is not decimal odds is skipped with its reason rather than half read.
/// </summary>
internal static class OddsApiMarkets
{
    public static OddsFeedMarketOdds Read(MarketDto market, string? homeTeam, string? awayTeam) => market.Key switch
    {
        "h2h" => HeadToHead(market, homeTeam, awayTeam),
        "totals" => Totals(market),
        "spreads" => Spreads(market, homeTeam, awayTeam),
        _ => throw new UnreadableMarketException("not a market the platform reads"),
    };

    private static OddsFeedMarketOdds HeadToHead(MarketDto market, string? homeTeam, string? awayTeam)
    {
        var prices = Prices(market, name => Team(name, homeTeam, awayTeam) ?? Named(name, "Draw", Selection.Draw));
        var hasDraw = prices.Any(p => p.Selection == Selection.Draw);
        Expect(prices.Count == (hasDraw ? 3 : 2), "expected home and away, and the draw if any, once each");
        return new(hasDraw ? MarketKind.MatchResult : MarketKind.Moneyline, null, market.LastUpdate, prices);
    }

    private static OddsFeedMarketOdds Totals(MarketDto market)
    {
        var prices = Prices(market,
            name => Named(name, "Over", Selection.Over) ?? Named(name, "Under", Selection.Under));
        Expect(prices.Count == 2, "expected Over and Under once each");
        Expect(prices[0].Point is not null && prices[0].Point == prices[1].Point, "expected one point for Over and Under");
        return new(MarketKind.Totals, prices[0].Point, market.LastUpdate, prices);
    }

    private static OddsFeedMarketOdds Spreads(MarketDto market, string? homeTeam, string? awayTeam)
    {
        var prices = Prices(market, name => Team(name, homeTeam, awayTeam));
        Expect(prices.Count == 2, "expected the home and the away team once each");
        Expect(prices.All(p => p.Point is not null), "expected a point for each team");
        return new(MarketKind.Spread, prices.Single(p => p.Selection == Selection.Home).Point, market.LastUpdate, prices);
    }

    private static List<OddsFeedPrice> Prices(MarketDto market, Func<string, Selection?> selectionOf)
    {
        var prices = new List<OddsFeedPrice>(market.Outcomes.Count);
        foreach (var outcome in market.Outcomes)
        {
            var selection = selectionOf(outcome.Name)
                ?? throw new UnreadableMarketException($"outcome '{outcome.Name}' matches no selection");
            Expect(prices.TrueForAll(p => p.Selection != selection), $"selection {selection} appears twice");
            Expect(outcome.Price > 1m && outcome.Price <= Odds.Max,
                $"price {outcome.Price} of '{outcome.Name}' is not decimal odds");
            prices.Add(new OddsFeedPrice(selection, new Odds(outcome.Price), outcome.Point));
        }
        return prices;
    }

    private static Selection? Team(string name, string? homeTeam, string? awayTeam) =>
        Named(name, homeTeam, Selection.Home) ?? Named(name, awayTeam, Selection.Away);

    private static Selection? Named(string name, string? expected, Selection selection) =>
        expected is not null && string.Equals(name.Trim(), expected.Trim(), StringComparison.OrdinalIgnoreCase)
            ? selection
            : null;

    private static void Expect(bool condition, string reason)
    {
        if (!condition)
            throw new UnreadableMarketException(reason);
    }
}
