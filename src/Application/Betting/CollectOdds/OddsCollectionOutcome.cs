namespace CleanPlatform.Application.Betting.CollectOdds;

/// <summary>How a collection run ended.</summary>
public enum OddsCollectionOutcome
{
    /// <summary>The run asked the provider what was due (possibly nothing costly).</summary>
    Collected,

    /// <summary>No Odds API key is saved in the settings: nothing was asked.</summary>
    NoOddsApiKey,

    /// <summary>No sport keys are chosen in the settings: nothing was asked.</summary>
    NoSportKeys,

    /// <summary>The provider refused a call; <see cref="OddsCollectionRunDto.Refusal"/> says why. What came before is kept.</summary>
    Refused,
}
