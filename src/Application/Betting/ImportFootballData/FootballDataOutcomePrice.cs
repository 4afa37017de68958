namespace CleanPlatform.Application.Betting.ImportFootballData;

/// <summary>The decimal odds of one outcome, with the line that outcome is settled at.</summary>
public sealed record FootballDataOutcomePrice
{
    public FootballDataOutcomePrice(FootballDataOutcome outcome, decimal odds, decimal? line)
    {
        Outcome = outcome;
        Odds = odds;
        Line = line;
    }

    public FootballDataOutcome Outcome { get; }

    /// <summary>Decimal odds, always above 1.0.</summary>
    public decimal Odds { get; }

    /// <summary>
    /// The line of this outcome: null for 1X2; 2.5 for over and under; for Asian handicap the home line for
    /// <see cref="FootballDataOutcome.Home"/> and its negation for <see cref="FootballDataOutcome.Away"/>.
    /// </summary>
    public decimal? Line { get; }
}
