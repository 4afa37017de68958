namespace CleanPlatform.Domain.Betting;

/// <summary>
/// <c>k</c> selections tied for <c>m</c> paid places: the stake share <c>m/k</c> wins at full odds; <c>m ≥ k</c>
/// is a full win, still recorded as a dead heat with its fraction (betting.md §4, §13).
/// </summary>
public readonly record struct DeadHeat
{
    /// <summary>A dead heat of <paramref name="tied"/> selections (at least 2) for <paramref name="places"/> places.</summary>
    public DeadHeat(int places, int tied)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(places);
        ArgumentOutOfRangeException.ThrowIfLessThan(tied, 2);
        Places = places;
        Tied = tied;
    }

    /// <summary><c>m</c>, the paid places the tie is for.</summary>
    public int Places { get; }

    /// <summary><c>k</c>, the selections tied.</summary>
    public int Tied { get; }

    /// <summary><c>m/k</c>.</summary>
    public decimal Fraction => (decimal)Places / Tied;

    /// <summary>The winning share of <paramref name="amount"/>, multiplied before dividing so thirds stay exact to the cent.</summary>
    public decimal WinningShareOf(decimal amount) => amount * Math.Min(Places, Tied) / Tied;
}
