namespace CleanPlatform.Domain.Betting;

/// <summary>How a bet settled (betting.md §4). Every result but <see cref="Void"/> counts as settled in analytics (§6).</summary>
public enum BetResult
{
    /// <summary>Profit <c>s(o − 1)</c>; a dead heat pays the winning share of the stake at full odds.</summary>
    Won,

    /// <summary>Half the stake won, half returned (a quarter line): profit <c>s(o − 1)/2</c>.</summary>
    HalfWon,

    /// <summary>The stake returned: profit 0, counted in turnover.</summary>
    Push,

    /// <summary>Half the stake lost, half returned (a quarter line): profit <c>−s/2</c>.</summary>
    HalfLost,

    /// <summary>The stake lost.</summary>
    Lost,

    /// <summary>Cancelled or voided: the stake returned, left out of turnover.</summary>
    Void,
}
