namespace CleanPlatform.Domain.Betting;

/// <summary>
/// What a bet's selection made of the event, before money: a <see cref="BetResult"/> and, for a won dead heat,
/// how many tied for how many places (betting.md §4, §13). Make grades with the factories: <c>default(Grade)</c>
/// reads as a plain win.
/// </summary>
public readonly record struct Grade
{
    private Grade(BetResult result, DeadHeat? deadHeat)
    {
        Result = result;
        DeadHeat = deadHeat;
    }

    /// <summary>The result.</summary>
    public BetResult Result { get; }

    /// <summary>The dead heat, or <c>null</c>.</summary>
    public DeadHeat? DeadHeat { get; }

    /// <summary>A cancelled or voided bet.</summary>
    public static Grade Void { get; } = new(BetResult.Void, null);

    /// <summary>A plain result.</summary>
    public static Grade Of(BetResult result) => new(result, null);

    /// <summary><paramref name="tied"/> selections tied for <paramref name="places"/> paid places.</summary>
    public static Grade OfDeadHeat(int places, int tied) => new(BetResult.Won, new DeadHeat(places, tied));
}
