namespace CleanPlatform.Domain.Betting.Goals;

/// <summary>
/// The probabilities of the full-time scores 0–0 to <see cref="MaxGoals"/>–<see cref="MaxGoals"/> under independent
/// Poisson goals with means <c>λh</c> (home) and <c>λa</c> (away), optionally with the Dixon–Coles low-score correction
/// <c>ρ</c>, normalised to add up to 1. Analytics, so <c>double</c>.
/// </summary>
/// <remarks>
/// <c>P(i, j) = τ(i, j)·e^(−λh)·λh^i/i! · e^(−λa)·λa^j/j! / Z</c> with <c>τ(0,0) = 1 − λh·λa·ρ</c>, <c>τ(0,1) = 1 + λh·ρ</c>,
/// <c>τ(1,0) = 1 + λa·ρ</c>, <c>τ(1,1) = 1 − ρ</c>, <c>τ = 1</c> elsewhere (<c>ρ = 0</c>: independent Poisson), and
/// <c>Z</c> the sum over the grid. Scores beyond <see cref="MaxGoals"/> a side (under 0.03 % of the mass at
/// <c>λ = 3</c>) are left out and the rest rescaled, so every price sums over the same complete set of scores.
/// </remarks>
public sealed class ScoreGrid
{
    /// <summary>The most goals a side scores on the grid.</summary>
    public const int MaxGoals = 10;

    /// <summary>The largest goal mean accepted.</summary>
    public const double MaxRate = 10.0;

    private readonly double[,] _probabilities;

    private ScoreGrid(double homeRate, double awayRate, double rho, double[,] probabilities)
    {
        HomeRate = homeRate;
        AwayRate = awayRate;
        Rho = rho;
        _probabilities = probabilities;
    }

    /// <summary>The home side's expected goals <c>λh</c>.</summary>
    public double HomeRate { get; }

    /// <summary>The away side's expected goals <c>λa</c>.</summary>
    public double AwayRate { get; }

    /// <summary>The Dixon–Coles correction <c>ρ</c> (0: independent Poisson).</summary>
    public double Rho { get; }

    /// <summary>P(<paramref name="home"/>–<paramref name="away"/>), each from 0 to <see cref="MaxGoals"/>.</summary>
    public double this[int home, int away] => _probabilities[home, away];

    /// <summary>The sum over the grid: 1 up to rounding.</summary>
    public double Total
    {
        get
        {
            var sum = 0.0;
            foreach (var p in _probabilities)
                sum += p;
            return sum;
        }
    }

    /// <summary>The grid of goal means <paramref name="homeRate"/> and <paramref name="awayRate"/>.</summary>
    /// <exception cref="DomainException">
    /// <c>goal_model.rate_out_of_range</c> unless 0 &lt; λ ≤ <see cref="MaxRate"/>; <c>goal_model.rho_out_of_range</c> when
    /// <paramref name="rho"/> makes a low score's correction negative.
    /// </exception>
    public static ScoreGrid Of(double homeRate, double awayRate, double rho = 0.0)
    {
        if (!(homeRate is > 0.0 and <= MaxRate) || !(awayRate is > 0.0 and <= MaxRate))
            throw new DomainException("goal_model.rate_out_of_range", $"Expected goals lie in (0, {MaxRate}].");
        if (!double.IsFinite(rho) || 1.0 - (homeRate * awayRate * rho) < 0.0 || 1.0 + (homeRate * rho) < 0.0
            || 1.0 + (awayRate * rho) < 0.0 || 1.0 - rho < 0.0)
            throw new DomainException("goal_model.rho_out_of_range", "The Dixon–Coles ρ makes a low score's probability negative.");
        var home = Poisson(homeRate);
        var away = Poisson(awayRate);
        var grid = new double[MaxGoals + 1, MaxGoals + 1];
        var total = 0.0;
        for (var i = 0; i <= MaxGoals; i++)
        {
            for (var j = 0; j <= MaxGoals; j++)
            {
                grid[i, j] = Tau(i, j, homeRate, awayRate, rho) * home[i] * away[j];
                total += grid[i, j];
            }
        }

        for (var i = 0; i <= MaxGoals; i++)
        {
            for (var j = 0; j <= MaxGoals; j++)
                grid[i, j] /= total;
        }

        return new ScoreGrid(homeRate, awayRate, rho, grid);
    }

    /// <summary>
    /// How <paramref name="selection"/> of <paramref name="market"/> at its own <paramref name="line"/> (see
    /// <see cref="BetLines"/>) settles over the grid, graded as a recorded bet is (betting.md §4).
    /// </summary>
    /// <exception cref="DomainException"><c>goal_model.market_not_priced</c> for a market the model does not price.</exception>
    public LineOutcome Price(MarketKind market, Selection selection, decimal line) => Price(LineWeights.Of(market, selection, line));

    internal LineOutcome Price(LineWeights weights)
    {
        var sums = new double[5];
        for (var i = 0; i <= MaxGoals; i++)
        {
            for (var j = 0; j <= MaxGoals; j++)
                sums[weights[i, j]] += _probabilities[i, j];
        }

        return new LineOutcome(sums[(int)BetResult.Won], sums[(int)BetResult.HalfWon], sums[(int)BetResult.Push],
            sums[(int)BetResult.HalfLost], sums[(int)BetResult.Lost]);
    }

    private static double[] Poisson(double rate)
    {
        var p = new double[MaxGoals + 1];
        p[0] = Math.Exp(-rate);
        for (var k = 1; k <= MaxGoals; k++)
            p[k] = p[k - 1] * rate / k;
        return p;
    }

    private static double Tau(int home, int away, double homeRate, double awayRate, double rho) => (home, away) switch
    {
        (0, 0) => 1.0 - (homeRate * awayRate * rho),
        (0, 1) => 1.0 + (homeRate * rho),
        (1, 0) => 1.0 + (awayRate * rho),
        (1, 1) => 1.0 - rho,
        _ => 1.0,
    };
}
