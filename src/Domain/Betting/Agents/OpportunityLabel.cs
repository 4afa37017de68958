namespace CleanPlatform.Domain.Betting.Agents;

/// <summary>What an opportunity's score says to do with it.</summary>
public enum OpportunityLabel
{
    /// <summary>Be careful: a weak signal (score under 50), or an EV above 25 % that is more likely a stale or wrong price than value.</summary>
    Prudence,

    /// <summary>Worth analysing: a score of 50 or more on a believable EV.</summary>
    Analyser,
}
