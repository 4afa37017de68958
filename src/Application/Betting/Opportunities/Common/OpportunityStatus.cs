namespace CleanPlatform.Application.Betting.Opportunities.Common;

/// <summary>Where an opportunity stands for the reader.</summary>
public enum OpportunityStatus
{
    /// <summary>Before kick-off, and its agent still finds the value.</summary>
    Open,

    /// <summary>Before kick-off, but a later scan no longer found the value.</summary>
    Withdrawn,

    /// <summary>Kick-off has passed.</summary>
    Expired,
}
