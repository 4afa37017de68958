namespace CleanPlatform.Domain.Betting;

/// <summary>What a two-way moneyline does when the final score is level, by the bookmaker's rule.</summary>
public enum TieRule
{
    /// <summary>Stakes are returned: the platform's choice where the bookmaker's rule does not decide (§13).</summary>
    Push,

    /// <summary>Both sides lose.</summary>
    Loss,
}
