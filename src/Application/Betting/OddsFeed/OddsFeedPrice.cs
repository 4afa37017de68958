using CleanPlatform.Domain.Betting;
using CleanPlatform.Domain.Common;

namespace CleanPlatform.Application.Betting.OddsFeed;

/// <summary>The price of one selection.</summary>
/// <param name="Selection">The selection, matched by the outcome's name, never by its position.</param>
/// <param name="Odds">Decimal odds.</param>
/// <param name="Point">Totals: the line; spreads: this team's handicap; otherwise null.</param>
public sealed record OddsFeedPrice(Selection Selection, Odds Odds, decimal? Point);
