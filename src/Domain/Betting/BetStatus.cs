namespace CleanPlatform.Domain.Betting;

/// <summary>Where a recorded bet stands: open until settled or voided (betting.md §4, §6).</summary>
public enum BetStatus
{
    /// <summary>Placed, not settled yet: the only status in which the bet may be edited.</summary>
    Pending,

    /// <summary>Won in full (a dead heat included, with its fraction).</summary>
    Won,

    /// <summary>Lost in full.</summary>
    Lost,

    /// <summary>Cancelled or voided: the stake returned, left out of turnover.</summary>
    Void,

    /// <summary>The stake returned on a whole line: profit 0, counted in turnover.</summary>
    Push,

    /// <summary>Half won, half returned (a quarter line).</summary>
    HalfWon,

    /// <summary>Half lost, half returned (a quarter line).</summary>
    HalfLost,
}
