namespace CleanPlatform.Domain.Betting.Goals;

/// <summary>
/// How likely each settlement of one selection at one line is under a goal model (betting.md §4): win, half-win, push,
/// half-loss, loss; they add up to 1. A 1X2 selection only wins or loses.
/// </summary>
/// <remarks>
/// Per unit stake at decimal odds <c>o</c>, <c>EV(o) = a·(o − 1) − b</c> with the winning weight
/// <c>a = P(win) + P(half-win)/2</c> and the losing weight <c>b = P(loss) + P(half-loss)/2</c>; a push returns the stake and
/// weighs nothing. The expected-value-neutral (fair) price solves <c>EV(o) = 0</c>: <c>o* = 1 + b/a = (a + b)/a</c>, and
/// the fair probability is <c>p* = 1/o* = a/(a + b)</c>. On a half line <c>p*</c> is <c>P(win)</c>; on a whole line
/// <c>o* = (1 − P(push))/P(win)</c>; on a quarter line the halves count half. Both sides' <c>p*</c> add up to 1, as a
/// devigged two-way market's do, so <c>p*</c> compares with a multiplicatively devigged closing price.
/// </remarks>
/// <param name="Win">P(win).</param>
/// <param name="HalfWin">P(half-win).</param>
/// <param name="Push">P(push).</param>
/// <param name="HalfLoss">P(half-loss).</param>
/// <param name="Loss">P(loss).</param>
public sealed record LineOutcome(double Win, double HalfWin, double Push, double HalfLoss, double Loss)
{
    /// <summary>P(win).</summary>
    public double Win { get; } = Win;

    /// <summary>P(half-win).</summary>
    public double HalfWin { get; } = HalfWin;

    /// <summary>P(push).</summary>
    public double Push { get; } = Push;

    /// <summary>P(half-loss).</summary>
    public double HalfLoss { get; } = HalfLoss;

    /// <summary>P(loss).</summary>
    public double Loss { get; } = Loss;

    /// <summary>The winning weight <c>a = P(win) + P(half-win)/2</c>.</summary>
    public double WinningWeight => Win + (HalfWin / 2.0);

    /// <summary>The losing weight <c>b = P(loss) + P(half-loss)/2</c>.</summary>
    public double LosingWeight => Loss + (HalfLoss / 2.0);

    /// <summary>The fair probability <c>p* = a/(a + b)</c>: the inverse of the price at which the bet breaks even.</summary>
    public double FairProbability => WinningWeight / (WinningWeight + LosingWeight);

    /// <summary>The expected-value-neutral price <c>o* = (a + b)/a</c>.</summary>
    public double FairOdds => (WinningWeight + LosingWeight) / WinningWeight;

    /// <summary>The expected profit per unit stake at decimal <paramref name="odds"/>: <c>a·(o − 1) − b</c>.</summary>
    public double ExpectedValue(double odds) => (WinningWeight * (odds - 1.0)) - LosingWeight;
}
