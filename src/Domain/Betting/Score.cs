namespace CleanPlatform.Domain.Betting;

/// <summary>A final score: full time (90 minutes and stoppage, no extra time) for football.</summary>
/// <param name="Home">The home side's goals (points).</param>
/// <param name="Away">The away side's goals (points).</param>
public readonly record struct Score(int Home, int Away)
{
    /// <summary>The home side's goals (points).</summary>
    public int Home { get; } = Home >= 0 ? Home : throw Negative(Home);

    /// <summary>The away side's goals (points).</summary>
    public int Away { get; } = Away >= 0 ? Away : throw Negative(Away);

    /// <summary>Both sides' goals together.</summary>
    public int Total => Home + Away;

    /// <summary>Goals of <paramref name="side"/> minus its opponent's.</summary>
    public int DifferenceFor(Side side) => side == Side.Home ? Home - Away : Away - Home;

    private static DomainException Negative(int goals) =>
        new("score.negative", $"A score counts goals from 0; got {goals}.");
}
