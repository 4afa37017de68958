namespace CleanPlatform.Domain.Betting;

/// <summary>The two sides of a totals (over/under) market.</summary>
public enum TotalsSide
{
    /// <summary>More goals than the line.</summary>
    Over,

    /// <summary>Fewer goals than the line.</summary>
    Under,
}
