using CleanPlatform.Domain.Betting;

namespace CleanPlatform.Application.Betting.OddsFeed;

/// <summary>
/// One bookmaker's prices for one market: <c>h2h</c> with a draw is <see cref="MarketKind.MatchResult"/>, without
/// one <see cref="MarketKind.Moneyline"/>; <c>totals</c> is <see cref="MarketKind.Totals"/>; <c>spreads</c> is
/// <see cref="MarketKind.Spread"/>. Every selection of the market is present exactly once.
/// </summary>
/// <param name="Kind">The market.</param>
/// <param name="Line">Totals: the total; spreads: the home team's handicap; otherwise null.</param>
/// <param name="LastUpdate">When this market's prices last changed, UTC, when the provider says.</param>
/// <param name="Prices">One price per selection, in the provider's order.</param>
public sealed record OddsFeedMarketOdds(MarketKind Kind, decimal? Line, DateTimeOffset? LastUpdate,
    IReadOnlyList<OddsFeedPrice> Prices);
