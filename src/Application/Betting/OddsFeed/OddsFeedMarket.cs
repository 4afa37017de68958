namespace CleanPlatform.Application.Betting.OddsFeed;

/// <summary>The provider's markets the platform asks for.</summary>
public enum OddsFeedMarket
{
    /// <summary><c>h2h</c>: the winner, with a draw where the sport has one (1X2 or moneyline).</summary>
    HeadToHead,

    /// <summary><c>totals</c>: over or under a line.</summary>
    Totals,

    /// <summary><c>spreads</c>: each team with its handicap.</summary>
    Spreads,
}
